using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

using SnowChatOps.IntegrationTests.Sharing;

namespace SnowChatOps.IntegrationTests.MessageExtension;

public sealed class ShareMessageToEmulatorTests : IAsyncLifetime
{
    private readonly SharingEmulatorHost host = new();
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await host.ConnectAsync(ct);

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task ShareMessage_ChangeRequest_CreatesOneRecordWithTheSeedFieldsAndPostsItInTheThread()
    {
        var form = await OpenAsync();

        await SubmitAsync(form, d => { d["priority"] = "2"; d["dueDate"] = "2026-12-01"; d["category"] = "Identity"; });

        var row = Assert.Single(host.Rows("change_request"), r => r.GetValueOrDefault("correlation_id") == Assert.Single(host.Submissions.All).CorrelationId);
        Assert.StartsWith("CHG", row["number"], StringComparison.Ordinal);
        Assert.Equal("Conditional Access policy Block legacy auth is in report-only mode.", row["short_description"]);
        Assert.EndsWith($"Shared from Teams by Megan Bowen: {ChannelInvokes.Link}", row["description"], StringComparison.Ordinal);
        Assert.Equal(("2", "2026-12-01 23:59:59"), (row["priority"], row["due_date"]));
        Assert.Equal("Megan Bowen (aad-user-1)", row["u_m365_initiated_by"]);
        Assert.Equal(("User recommendation", "Identity"), (row["u_m365_recommendation_source"], row["u_m365_recommendation_category"]));
        Assert.Equal("Microsoft 365 Security and Configuration Change Request", row["correlation_display"]);
        Assert.Equal(string.Empty, row.GetValueOrDefault("u_m365_action_id") ?? string.Empty);
        var posted = Assert.Single(host.Adapter.Sent, a => a.Type == ActivityTypes.Message);
        Assert.Equal(ChannelInvokes.ThreadId, posted.Conversation.Id);
        Assert.Equal($"Ticket {row["number"]} created in ServiceNow", (string?)JObject.FromObject(posted.Attachments[0].Content).SelectToken("$.body[0].text"));
        Assert.Equal(posted.Id, Assert.Single(host.Tracked.All).CardActivityId);
    }

    [Fact]
    public async Task ShareMessage_Incident_WritesImpactAndUrgencyAndClosesTheDialogWithTheTicketNumber()
    {
        var form = await OpenAsync();

        var answer = await SubmitAsync(form, d => { d["type"] = "incident"; d["priority"] = "4"; d["category"] = "Infrastructure"; });

        var row = Assert.Single(host.Rows("incident"), r => r.GetValueOrDefault("correlation_id") == Assert.Single(host.Submissions.All).CorrelationId);
        Assert.StartsWith("INC", row["number"], StringComparison.Ordinal);
        Assert.Equal(("2", "3", "4"), (row["impact"], row["urgency"], row["priority"]));
        Assert.Equal(("User recommendation", "Infrastructure"), (row["u_m365_recommendation_source"], row["u_m365_recommendation_category"]));
        Assert.Equal("message", (string?)answer["task"]!["type"]);
        Assert.StartsWith($"Ticket {row["number"]} was created in ServiceNow.", (string?)answer["task"]!["value"], StringComparison.Ordinal);
        Assert.False(answer["composeExtension"] is JObject);
        var posted = JObject.FromObject(Assert.Single(host.Adapter.Sent, a => a.Type == ActivityTypes.Message).Attachments[0].Content);
        Assert.Equal($"http://127.0.0.1:5080/nav_to.do?uri=incident.do%3Fsys_id%3D{row["sys_id"]}", (string?)posted["actions"]![0]!["url"]);
    }

    [Fact]
    public async Task ShareMessage_InvokedOnTheChannelItself_PostsTheCardAsAReplyInTheMessagesThread()
    {
        await host.Adapter.ProcessAsync(ChannelInvokes.Fetch(ChannelInvokes.ChannelId), host.Bot, ct);
        var form = ChannelInvokes.TaskCard(host.Adapter.Sent);

        await host.Adapter.ProcessAsync(ChannelInvokes.Submit(ChannelInvokes.Press(form, d => d["category"] = "Identity"), ChannelInvokes.ChannelId), host.Bot, ct);

        var posted = Assert.Single(host.Adapter.Sent, a => a.Type == ActivityTypes.Message);
        Assert.Equal(ChannelInvokes.ThreadId, posted.Conversation.Id);
        var tracked = Assert.Single(host.Tracked.All);
        Assert.Equal((ChannelInvokes.ThreadId, posted.Id), (tracked.ConversationId, tracked.CardActivityId));
        Assert.Equal("message", (string?)ChannelInvokes.Answer(host.Adapter.Sent)["task"]!["type"]);
    }

    private async Task<JObject> OpenAsync()
    {
        await host.Adapter.ProcessAsync(ChannelInvokes.Fetch(), host.Bot, ct);
        return ChannelInvokes.TaskCard(host.Adapter.Sent);
    }

    private async Task<JObject> SubmitAsync(JObject form, Action<JObject> edit)
    {
        await host.Adapter.ProcessAsync(ChannelInvokes.Submit(ChannelInvokes.Press(form, edit)), host.Bot, ct);
        return ChannelInvokes.Answer(host.Adapter.Sent);
    }
}
