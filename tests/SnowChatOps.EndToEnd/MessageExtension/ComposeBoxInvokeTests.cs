using System.Text.Json;
using SnowChatOps.EndToEnd.Infrastructure;

namespace SnowChatOps.EndToEnd.MessageExtension;

// The compose-box search, link unfurling and an unknown command through the Playground's invoke surface, which
// rejects answers Teams would reject. Holds whether or not an earlier test connected the tenant: a search always
// answers at least one result (tickets, "No tickets found" or "ServiceNow isn't connected").
public sealed class ComposeBoxInvokeTests(RunningApp app)
{
    [Fact]
    public async Task SearchTickets_FromTheComposeBox_AnswersAResultListThePlaygroundAccepts()
    {
        var ct = TestContext.Current.CancellationToken;
        var channel = app.Teams.Team.Channels[^1].Id;

        var answer = await app.Playground.InvokeAsync("composeExtension/query", channel, new
        {
            commandId = "searchTickets",
            parameters = new[] { new { name = "query", value = "guest access" } },
            queryOptions = new { skip = 0, count = 25 },
        }, ct);

        var result = answer.GetProperty("composeExtension");
        Assert.Equal(("result", "list"), (result.GetProperty("type").GetString(), result.GetProperty("attachmentLayout").GetString()));
        Assert.NotEqual(0, result.GetProperty("attachments").GetArrayLength());
    }

    [Fact]
    public async Task QueryLink_AnotherInstance_AnswersNoPreview()
    {
        var ct = TestContext.Current.CancellationToken;

        var answer = await app.Playground.InvokeAsync("composeExtension/queryLink", app.Teams.Team.Channels[^1].Id,
            new { url = "https://fabrikam.service-now.com/nav_to.do?uri=incident.do%3Fsys_id%3D9d385017c611228701d22104cc95c371" }, ct);

        Assert.Equal(0, answer.GetProperty("composeExtension").GetProperty("attachments").GetArrayLength());
    }

    [Fact]
    public async Task FetchTask_EmptyCommandId_AnswersAContinueCardThePlaygroundAccepts()
    {
        var ct = TestContext.Current.CancellationToken;

        var answer = await app.Playground.InvokeAsync("composeExtension/fetchTask", app.Teams.Team.Channels[^1].Id,
            new { commandId = "", commandContext = "message" }, ct);

        // The Playground's client takes only task.type "continue" for a fetchTask (a composeExtension "message" or a task
        // "message" is "Invalid response returned from your app").
        var task = answer.GetProperty("task");
        Assert.Equal("continue", task.GetProperty("type").GetString());
        Assert.Equal("Unknown command", task.GetProperty("value").GetProperty("card").GetProperty("content").GetProperty("body")[0].GetProperty("text").GetString());
    }
}
