using System.Net;
using System.Net.Http.Json;
using System.Text;
using Newtonsoft.Json.Linq;
using SnowChatOps.IntegrationTests.Emulator;
using SnowChatOps.IntegrationTests.Sharing;

namespace SnowChatOps.IntegrationTests.Tracking;

public sealed class TrackingEmulatorTests : IAsyncDisposable
{
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;
    private TrackingEmulatorHost host = new();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task Webhook_EmulatorStateChange_UpdatesCardAndNotifiesOnceEvenAfterPollAndReplay()
    {
        await StartWithTenantSecretAsync();
        var ticket = await host.TrackNewChangeAsync(ct);

        await ChangeStateAsync(ticket.SysId, "-4");
        var hook = await host.Emulator.Webhooks.NextAsync(ct);
        using var accepted = await ForwardAsync(hook, hook.Body);
        var polled = await host.Poller.PollOnceAsync(ct);
        using var replayed = await ForwardAsync(hook, hook.Body);

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted, 0), (accepted.StatusCode, replayed.StatusCode, polled));
        var notice = Assert.Single(host.Adapter.Sent);
        Assert.Equal($"{ticket.Number}: New → Assess (by abel.tuter)", SharingTurns.Title(notice));
        var card = Assert.Single(host.Adapter.Updated);
        Assert.Equal("card-1", card.Id);
        Assert.Contains(SharingTurns.Card(card).SelectTokens("$..facts[*].value"), v => (string?)v == "Assess");
        Assert.Equal("-4", Assert.Single(host.Tracked.All).LastKnownState);
    }

    [Fact]
    public async Task Webhook_TamperedBody_401WithoutDetail()
    {
        await StartWithTenantSecretAsync();
        var ticket = await host.TrackNewChangeAsync(ct);

        await ChangeStateAsync(ticket.SysId, "-4");
        var hook = await host.Emulator.Webhooks.NextAsync(ct);
        using var refused = await ForwardAsync(hook, hook.Body.Replace("\"-4\"", "\"3\"", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(string.Empty, await refused.Content.ReadAsStringAsync(ct));
        Assert.Empty(host.Adapter.Sent);
    }

    [Fact]
    public async Task Webhook_NotJson_400()
    {
        await StartWithTenantSecretAsync();

        using var response = await host.Bot.PostAsync("/api/servicenow/events", new StringContent("{oops", Encoding.UTF8, "application/json"), ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Webhook_OversizedBody_413()
    {
        await StartWithTenantSecretAsync();

        using var response = await host.Bot.PostAsync("/api/servicenow/events", new StringContent(new string(' ', 70_000), Encoding.UTF8, "application/json"), ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Poll_WithoutWebhook_NotifiesTheChange()
    {
        await host.StartAsync(ct);
        var ticket = await host.TrackNewChangeAsync(ct);

        await ChangeStateAsync(ticket.SysId, "-3");
        host.Emulator.Time.Advance(TimeSpan.FromMinutes(5));
        var changes = await host.Poller.PollOnceAsync(ct);

        Assert.Equal(1, changes);
        Assert.Equal($"{ticket.Number}: New → Authorize", SharingTurns.Title(Assert.Single(host.Adapter.Sent)));
    }

    [Fact]
    public async Task Poll_ManyTrackedNothingChanged_EmulatorLogsOneRequestPerTable()
    {
        await host.StartAsync(ct);
        for (var i = 0; i < 20; i++)
        {
            await host.TrackNewChangeAsync(ct);
        }

        await host.Poller.PollOnceAsync(ct);
        using var control = host.Emulator.CreateClient();
        (await control.DeleteAsync("/_emulator/requests", ct)).EnsureSuccessStatusCode();
        host.Emulator.Time.Advance(TimeSpan.FromMinutes(5));
        var changes = await host.Poller.PollOnceAsync(ct);
        var requests = JArray.Parse(await control.GetStringAsync(new Uri("/_emulator/requests", UriKind.Relative), ct));

        Assert.Equal(0, changes);
        Assert.Equal(["GET /api/now/v2/table/change_request", "GET /api/now/v2/table/incident"],
            requests!.Select(r => $"{r["method"]} {r["path"]}").Order(StringComparer.Ordinal));
        Assert.All(requests!, r => Assert.Contains("correlation_idSTARTSWITHsnowchatops-^sys_updated_on>=", (string)r["query"]!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Poll_TwoChangesOfOneTicket_OnlyTheStateChangesAreNotified()
    {
        await host.StartAsync(ct);
        var ticket = await host.TrackNewChangeAsync(ct);

        await ChangeStateAsync(ticket.SysId, "-4");
        host.Emulator.Time.Advance(TimeSpan.FromMinutes(5));
        var first = await host.Poller.PollOnceAsync(ct);
        await ChangeStateAsync(ticket.SysId, "-3");
        host.Emulator.Time.Advance(TimeSpan.FromMinutes(5));
        var second = await host.Poller.PollOnceAsync(ct);
        var third = await host.Poller.PollOnceAsync(ct);

        Assert.Equal((1, 1, 0), (first, second, third));
        Assert.Equal([$"{ticket.Number}: New → Assess", $"{ticket.Number}: Assess → Authorize"], host.Adapter.Sent.Select(SharingTurns.Title));
    }

    [Fact]
    public async Task Webhook_DevelopmentSecretAfterFirstPoll_AcceptedWithoutTenantSecret()
    {
        await host.DisposeAsync();
        host = new TrackingEmulatorHost(new Dictionary<string, string?> { ["Tracking:DevWebhookSecret"] = EmulatorFactory.WebhookSecret });
        await host.StartAsync(ct);
        var ticket = await host.TrackNewChangeAsync(ct);
        await host.Poller.PollOnceAsync(ct); // indexes the emulator's instance for the tenant

        await ChangeStateAsync(ticket.SysId, "-4");
        using var accepted = await ForwardAsync(await host.Emulator.Webhooks.NextAsync(ct), null);

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Single(host.Adapter.Sent);
    }

    private async Task StartWithTenantSecretAsync()
    {
        await host.StartAsync(ct);
        await host.Settings.EnsureWebhookSecretAsync(TrackingEmulatorHost.Tenant, TrackingEmulatorHost.InstanceUrl, EmulatorFactory.WebhookSecret, ct);
    }

    private async Task ChangeStateAsync(string sysId, string state)
    {
        using var control = host.Emulator.CreateClient();
        using var response = await control.PostAsJsonAsync($"/_emulator/tickets/change_request/{sysId}/state", new { state, by = "abel.tuter" }, ct);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Posts what the emulator sent (headers as signed) to the bot's endpoint, optionally with another body.</summary>
    private Task<HttpResponseMessage> ForwardAsync(RecordedWebhook hook, string? body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/servicenow/events") { Content = new StringContent(body ?? hook.Body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-SnowChatOps-Timestamp", hook.Headers["X-SnowChatOps-Timestamp"]);
        request.Headers.Add("X-SnowChatOps-Signature", hook.Headers["X-SnowChatOps-Signature"]);
        return host.Bot.SendAsync(request, ct);
    }
}
