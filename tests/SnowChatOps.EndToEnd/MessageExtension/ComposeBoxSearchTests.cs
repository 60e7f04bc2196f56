using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SnowChatOps.EndToEnd.Connection;
using SnowChatOps.EndToEnd.Infrastructure;

namespace SnowChatOps.EndToEnd.MessageExtension;

// Issue 10's compose box on a connected tenant, through the Playground's invoke surface (which refuses answers Teams
// would refuse): a ticket made on ServiceNow's side is found by its number and by words as the live ticket card, its
// own link unfurls to that card, and the same record under another instance's host does not.
// ConnectedByAdmin is a class fixture for its side effect (connected while the class runs), hence not injected.
public sealed class ComposeBoxSearchTests(RunningApp app) : IClassFixture<ConnectedByAdmin>
{
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Search_ByNumberAndByWords_InsertsTheLiveTicketCardAndItsLinkUnfurls()
    {
        var words = "Guest review " + Guid.NewGuid().ToString("N")[..10];
        var (number, _) = await CreateIncidentAsync(words);

        var byNumber = await SearchAsync(number.ToLowerInvariant());
        var byWords = await SearchAsync(words.ToUpperInvariant());
        var card = byNumber.Single().GetProperty("content");
        var link = card.GetProperty("actions")[0].GetProperty("url").GetString()!;
        var own = await UnfurlAsync(link);
        var other = await UnfurlAsync(link.Replace(app.ServiceNowInstance.GetLeftPart(UriPartial.Authority), "https://fabrikam.service-now.com", StringComparison.Ordinal));

        Assert.Equal([number], byNumber.Select(PreviewTitle));
        Assert.Equal([number], byWords.Select(PreviewTitle));
        Assert.Equal("application/vnd.microsoft.card.adaptive", byNumber[0].GetProperty("contentType").GetString());
        Assert.StartsWith($"Ticket {number}", card.GetProperty("body")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.StartsWith(app.ServiceNowInstance.GetLeftPart(UriPartial.Authority) + "/nav_to.do?uri=incident.do", link, StringComparison.Ordinal);
        Assert.Equal([number], own.Select(PreviewTitle));
        Assert.Equal(card.GetProperty("body")[0].GetRawText(), own[0].GetProperty("content").GetProperty("body")[0].GetRawText());
        Assert.Empty(other);
    }

    private static string? PreviewTitle(JsonElement result) => result.GetProperty("preview").GetProperty("content").GetProperty("title").GetString();

    private async Task<List<JsonElement>> SearchAsync(string text) => await ResultsAsync("composeExtension/query", new
    {
        commandId = "searchTickets",
        parameters = new[] { new { name = "query", value = text } },
        queryOptions = new { skip = 0, count = 25 },
    });

    private Task<List<JsonElement>> UnfurlAsync(string url) => ResultsAsync("composeExtension/queryLink", new { url });

    private async Task<List<JsonElement>> ResultsAsync(string invoke, object value)
    {
        var answer = await app.Playground.InvokeAsync(invoke, app.Teams.Team.Channels[^1].Id, value, ct);
        var result = answer.GetProperty("composeExtension");
        Assert.Equal("result", result.GetProperty("type").GetString());
        return [.. result.GetProperty("attachments").EnumerateArray()];
    }

    /// <summary>An incident made on ServiceNow's side (the emulator's Table API, as the integration user), not shared from Teams.</summary>
    private async Task<(string Number, string SysId)> CreateIncidentAsync(string title)
    {
        using var http = new HttpClient { BaseAddress = app.ServiceNowInstance };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/now/table/incident") { Content = JsonContent.Create(new { short_description = title }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("m365.integration:Integration#2026"u8.ToArray()));
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        var row = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("result");
        return (row.GetProperty("number").GetString()!, row.GetProperty("sys_id").GetString()!);
    }
}
