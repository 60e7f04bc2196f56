using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.IntegrationTests.Sharing;

namespace SnowChatOps.IntegrationTests.MessageExtension;

/// <summary>The compose-box search and link unfurling of the real bot against the emulator's Table API.</summary>
public sealed class SearchTicketsInEmulatorTests : IAsyncLifetime
{
    private readonly SharingEmulatorHost host = new();
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await host.ConnectAsync(ct);

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task Search_ByNumberAndByWords_FindsTheRecordsAsLiveCards()
    {
        var incident = await CreateAsync("incident", "Legacy authentication still allowed");
        var change = await CreateAsync("change_request", "Block legacy authentication");
        await CreateAsync("incident", "Printer offline");

        var byNumber = await QueryAsync(incident["number"]!.GetValue<string>().ToLowerInvariant());
        var byWords = await QueryAsync("LEGACY auth");

        Assert.Equal([incident["number"]!.GetValue<string>()], Titles(byNumber));
        Assert.Equal([incident["number"]!.GetValue<string>(), change["number"]!.GetValue<string>()], Titles(byWords));
        Assert.StartsWith($"Ticket {incident["number"]}", (string?)byNumber[0]!["content"]!.SelectToken("$.body[0].text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryLink_TheCardsOwnLink_UnfurlsAndAnotherInstanceDoesNot()
    {
        var incident = await CreateAsync("incident", "Legacy authentication still allowed");
        var link = (string)(await QueryAsync(incident["number"]!.GetValue<string>()))[0]!["content"]!.SelectToken("$.actions[0].url")!;

        var own = await InvokeAsync("composeExtension/queryLink", new JObject { ["url"] = link });
        var other = await InvokeAsync("composeExtension/queryLink", new JObject { ["url"] = link.Replace("http://127.0.0.1:5080", "https://fabrikam.service-now.com", StringComparison.Ordinal) });

        Assert.Equal([incident["number"]!.GetValue<string>()], Titles((JArray)own["attachments"]!));
        Assert.Empty((JArray)other["attachments"]!);
    }

    [Fact]
    public async Task InitialRun_TicketsSharedHere_NewestFirstInOneQueryPerTable()
    {
        var older = await CreateAsync("incident", "Legacy authentication still allowed");
        var newer = await CreateAsync("incident", "Guest access is on");
        var change = await CreateAsync("change_request", "Block legacy authentication");
        var at = host.Time.GetUtcNow();
        await TrackHereAsync(older, TicketTable.Incident, at);
        await TrackHereAsync(newer, TicketTable.Incident, at.AddMinutes(1));
        await TrackHereAsync(change, TicketTable.ChangeRequest, at.AddMinutes(2));
        var control = host.Control;
        (await control.DeleteAsync("/_emulator/requests", ct)).EnsureSuccessStatusCode();

        var results = (JArray)(await InvokeAsync("composeExtension/query", new JObject
        {
            ["commandId"] = "searchTickets",
            ["parameters"] = new JArray(new JObject { ["name"] = "initialRun", ["value"] = "true" }),
            ["queryOptions"] = new JObject { ["skip"] = 0, ["count"] = 25 },
        }))["attachments"]!;
        var requests = JArray.Parse(await control.GetStringAsync(new Uri("/_emulator/requests", UriKind.Relative), ct))
            .Where(r => ((string)r["path"]!).StartsWith("/api/now/", StringComparison.Ordinal)).ToList();

        Assert.Equal([Number(change), Number(newer), Number(older)], Titles(results));
        Assert.Equal(["GET /api/now/v2/table/change_request", "GET /api/now/v2/table/incident"],
            requests.Select(r => $"{r["method"]} {r["path"]}").Order(StringComparer.Ordinal));
        Assert.All(requests, r => Assert.Contains("sys_idIN", (string)r["query"]!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_ServiceNowUnavailable_AnswersOneExplanatoryResult()
    {
        await host.SetFaultsAsync(new { serviceUnavailable = true }, ct);

        var results = await QueryAsync("legacy");

        Assert.Equal(["ServiceNow couldn't search"], Titles(results));
    }

    private async Task<JArray> QueryAsync(string text) => (JArray)(await InvokeAsync("composeExtension/query", new JObject
    {
        ["commandId"] = "searchTickets",
        ["parameters"] = new JArray(new JObject { ["name"] = "query", ["value"] = text }),
        ["queryOptions"] = new JObject { ["skip"] = 0, ["count"] = 25 },
    }))["attachments"]!;

    private async Task<JObject> InvokeAsync(string name, JObject value)
    {
        var invoke = ChannelInvokes.Fetch();
        invoke.Name = name;
        invoke.Value = value;
        await host.Adapter.ProcessAsync(invoke, host.Bot, ct);
        var response = (InvokeResponse)host.Adapter.Sent.Last(a => a.Type == ActivityTypesEx.InvokeResponse).Value;
        Assert.Equal(200, response.Status);
        return (JObject)JObject.FromObject(response.Body)["composeExtension"]!;
    }

    private static string Number(JsonObject record) => record["number"]!.GetValue<string>();

    private Task TrackHereAsync(JsonObject record, TicketTable table, DateTimeOffset at) => host.Tracked.SaveAsync(
        new TrackedTicket(SharingEmulatorHost.Tenant, table, record["sys_id"]!.GetValue<string>(), Number(record), "AdminMFAV2", ChannelInvokes.ThreadId, null, "1", at), ct);

    private static IEnumerable<string> Titles(JArray results) => results.Select(r => (string)r["preview"]!["content"]!["title"]!);

    private async Task<JsonObject> CreateAsync(string table, string title)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/now/table/{table}") { Content = JsonContent.Create(new { short_description = title }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("m365.integration:Integration#2026"u8.ToArray()));
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await host.Control.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>(ct))!["result"]!.AsObject();
    }
}
