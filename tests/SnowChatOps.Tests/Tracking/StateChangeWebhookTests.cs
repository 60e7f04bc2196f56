using System.Globalization;
using System.Text.Json;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tracking.Webhook;
using SnowChatOps.Tests.Connection;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.Tests.Tracking;

public sealed class StateChangeWebhookTests
{
    private const string Secret = "tenant-webhook-secret";
    private const string Instance = "https://contoso.service-now.com";
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Receive_GoodSignature_AcceptsAndNotifiesOnce()
    {
        await using var harness = new BotHarness();
        var scenario = await ConnectedAsync(harness);
        var ticket = await scenario.TrackAsync("CHG0030001", "-4");
        var body = Body(ticket.SysId, "-1");

        var outcome = await scenario.Webhook.ReceiveAsync(Now(harness), Sign(Secret, Now(harness), body), body, ct);

        Assert.Equal(WebhookOutcome.Accepted, outcome);
        Assert.Equal("CHG0030001: Assess → Implement (by abel.tuter)", CardReader.From(Assert.Single(scenario.Sent)).Title);
    }

    [Fact]
    public async Task Receive_TamperedBody_Unauthorized()
    {
        await using var harness = new BotHarness();
        var scenario = await ConnectedAsync(harness);
        var ticket = await scenario.TrackAsync("CHG0030001", "-4");
        var signed = Body(ticket.SysId, "-1");

        var outcome = await scenario.Webhook.ReceiveAsync(Now(harness), Sign(Secret, Now(harness), signed), Body(ticket.SysId, "3"), ct);

        Assert.Equal(WebhookOutcome.Unauthorized, outcome);
        Assert.Empty(scenario.Sent);
    }

    [Fact]
    public async Task Receive_WrongSecret_Unauthorized()
    {
        await using var harness = new BotHarness();
        var scenario = await ConnectedAsync(harness);
        var body = Body("sys-x", "-1");

        var outcome = await scenario.Webhook.ReceiveAsync(Now(harness), Sign("guessed", Now(harness), body), body, ct);

        Assert.Equal(WebhookOutcome.Unauthorized, outcome);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public async Task Receive_TimestampMoreThanFiveMinutesOff_Unauthorized(int offsetSeconds)
    {
        await using var harness = new BotHarness();
        var scenario = await ConnectedAsync(harness);
        var ticket = await scenario.TrackAsync("CHG0030001", "-4");
        var body = Body(ticket.SysId, "-1");
        var stamp = (harness.Time.GetUtcNow().ToUnixTimeSeconds() + offsetSeconds).ToString(CultureInfo.InvariantCulture);

        var outcome = await scenario.Webhook.ReceiveAsync(stamp, Sign(Secret, stamp, body), body, ct);

        Assert.Equal(WebhookOutcome.Unauthorized, outcome);
        Assert.Empty(scenario.Sent);
    }

    [Fact]
    public async Task Receive_ReplayedEvent_AcceptedButNotifiedOnce()
    {
        await using var harness = new BotHarness();
        var scenario = await ConnectedAsync(harness);
        var ticket = await scenario.TrackAsync("CHG0030001", "-4");
        var body = Body(ticket.SysId, "-1");
        var signature = Sign(Secret, Now(harness), body);

        var first = await scenario.Webhook.ReceiveAsync(Now(harness), signature, body, ct);
        await scenario.Tracked.SaveAsync(ticket, ct); // even if the row were rolled back, the event id is spent
        var replay = await scenario.Webhook.ReceiveAsync(Now(harness), signature, body, ct);

        Assert.Equal((WebhookOutcome.Accepted, WebhookOutcome.Accepted), (first, replay));
        Assert.Single(scenario.Sent);
    }

    [Fact]
    public async Task Receive_UnknownInstance_Unauthorized()
    {
        await using var harness = new BotHarness();
        var scenario = await ConnectedAsync(harness);
        var body = Body("sys-1", "-1", instance: "https://elsewhere.service-now.com");

        var outcome = await scenario.Webhook.ReceiveAsync(Now(harness), Sign(Secret, Now(harness), body), body, ct);

        Assert.Equal(WebhookOutcome.Unauthorized, outcome);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"event_id\":\"e1\"}")]
    [InlineData("{\"event_id\":\"e1\",\"instance\":\"https://contoso.service-now.com\",\"table\":\"problem\",\"sys_id\":\"s\",\"state\":\"1\"}")]
    public async Task Receive_MalformedBody_Malformed(string body)
    {
        await using var harness = new BotHarness();
        var scenario = await ConnectedAsync(harness);

        var outcome = await scenario.Webhook.ReceiveAsync(Now(harness), Sign(Secret, Now(harness), body), body, ct);

        Assert.Equal(WebhookOutcome.Malformed, outcome);
    }

    [Theory]
    [InlineData("event_id", 2048)]
    [InlineData("number", 100)]
    [InlineData("updated_by", 300)]
    [InlineData("sys_id", 33)]
    public async Task Receive_SignedFieldOverItsLimit_MalformedAndNothingPosted(string field, int length)
    {
        await using var harness = new BotHarness();
        var scenario = await ConnectedAsync(harness);
        var ticket = await scenario.TrackAsync("CHG0030001", "-4");
        var body = Body(ticket.SysId, "-1", edit: d => d[field] = new string('a', length));

        var outcome = await scenario.Webhook.ReceiveAsync(Now(harness), Sign(Secret, Now(harness), body), body, ct);

        Assert.Equal(WebhookOutcome.Malformed, outcome);
        Assert.Empty(scenario.Sent);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("7a")]
    [InlineData("12345678901")]
    public async Task Receive_ModCountNotACount_MalformedAndNothingPosted(string modCount)
    {
        await using var harness = new BotHarness();
        var scenario = await ConnectedAsync(harness);
        var ticket = await scenario.TrackAsync("CHG0030001", "-4");
        var body = Body(ticket.SysId, "-1", edit: d => d["sys_mod_count"] = modCount);

        var outcome = await scenario.Webhook.ReceiveAsync(Now(harness), Sign(Secret, Now(harness), body), body, ct);

        Assert.Equal(WebhookOutcome.Malformed, outcome);
        Assert.Empty(scenario.Sent);
    }

    [Fact]
    public async Task Receive_SameStateTwiceInOneSecondWithItsModCount_BothNotified()
    {
        await using var harness = new BotHarness();
        var scenario = await ConnectedAsync(harness);
        var ticket = await scenario.TrackAsync("CHG0030001", "-4");
        foreach (var (state, count) in new[] { ("-1", "1"), ("-4", "2"), ("-1", "3") })
        {
            var body = Body(ticket.SysId, state, edit: d => d["sys_mod_count"] = count);
            await scenario.Webhook.ReceiveAsync(Now(harness), Sign(Secret, Now(harness), body), body, ct);
        }

        Assert.Equal(3, scenario.Sent.Count(a => a.Attachments?.Count > 0 && CardReader.From(a).Title.Contains('→', StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Receive_LateEventWithAnOlderModCount_NotTakenForAChangeBack()
    {
        await using var harness = new BotHarness();
        var scenario = await ConnectedAsync(harness);
        var ticket = await scenario.TrackAsync("CHG0030001", "-4");
        foreach (var (state, count) in new[] { ("-1", "5"), ("0", "6"), ("-1", "5") }) // the last: a retry of the first, arriving late
        {
            var body = Body(ticket.SysId, state, edit: d => d["sys_mod_count"] = count);
            await scenario.Webhook.ReceiveAsync(Now(harness), Sign(Secret, Now(harness), body), body, ct);
        }

        var notices = scenario.Sent.Where(a => a.Attachments?.Count > 0 && CardReader.From(a).Title.Contains('→', StringComparison.Ordinal)).ToList();
        Assert.Equal(2, notices.Count);
        var stored = Assert.Single(scenario.Tracked.All, t => t.SysId == ticket.SysId);
        Assert.Equal(("0", 6), (stored.LastKnownState, stored.LastModCount));
    }

    [Fact]
    public async Task Receive_SignedFieldWithNul_MalformedAndNothingPosted()
    {
        await using var harness = new BotHarness();
        var scenario = await ConnectedAsync(harness);
        var ticket = await scenario.TrackAsync("CHG0030001", "-4");
        var body = Body(ticket.SysId, "-1", edit: d => d["updated_by"] = "abel\0tuter");

        var outcome = await scenario.Webhook.ReceiveAsync(Now(harness), Sign(Secret, Now(harness), body), body, ct);

        Assert.Equal(WebhookOutcome.Malformed, outcome);
        Assert.Empty(scenario.Sent);
    }

    [Fact]
    public async Task Receive_DevSecretInDevelopment_Accepted()
    {
        await using var harness = new BotHarness(settings: new Dictionary<string, string?> { ["Tracking:DevWebhookSecret"] = "dev-secret" });
        var scenario = await ConnectedAsync(harness);
        var body = Body("sys-1", "-1");

        var outcome = await scenario.Webhook.ReceiveAsync(Now(harness), Sign("dev-secret", Now(harness), body), body, ct);

        Assert.Equal(WebhookOutcome.Accepted, outcome);
    }

    [Fact]
    public async Task Receive_ConnectionNotYetIndexed_FoundByItsInstanceAndIndexed()
    {
        await using var harness = new BotHarness(settings: new Dictionary<string, string?> { ["Tracking:DevWebhookSecret"] = "dev-secret" });
        var scenario = await TrackingScenario.StartAsync(harness);
        await harness.Connections.TryAddAsync(Connections.Connected(), ct);
        var ticket = await scenario.TrackAsync("CHG0030001", "-4");
        var body = Body(ticket.SysId, "-1");

        var outcome = await scenario.Webhook.ReceiveAsync(Now(harness), Sign("dev-secret", Now(harness), body), body, ct);

        Assert.Equal(WebhookOutcome.Accepted, outcome);
        Assert.Single(scenario.Sent);
        Assert.Equal(BotHarness.TenantId, await scenario.Settings.FindTenantByInstanceAsync(Instance, ct));
    }

    private static async Task<TrackingScenario> ConnectedAsync(BotHarness harness)
    {
        var scenario = await TrackingScenario.StartAsync(harness);
        await harness.Connections.TryAddAsync(Connections.Connected(), TestContext.Current.CancellationToken);
        await scenario.Settings.EnsureWebhookSecretAsync(BotHarness.TenantId, Instance, Secret, TestContext.Current.CancellationToken);
        return scenario;
    }

    private static string Now(BotHarness harness) => harness.Time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static string Sign(string secret, string timestamp, string body) => WebhookSignature.Compute(secret, timestamp, body);

    private static string Body(string sysId, string state, string instance = Instance, Action<Dictionary<string, string>>? edit = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["event_id"] = Guid.NewGuid().ToString(), ["instance"] = instance, ["table"] = TicketTableNames.ChangeRequest, ["sys_id"] = sysId,
            ["number"] = "CHG0030001", ["state"] = state, ["previous_state"] = "-4", ["sys_updated_on"] = "2026-11-26 08:00:00", ["updated_by"] = "abel.tuter",
        };
        edit?.Invoke(fields);
        return JsonSerializer.Serialize(fields);
    }
}
