using Newtonsoft.Json.Linq;
using SnowChatOps.Bot.Sharing;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Errors;
using SnowChatOps.Bot.Sharing.Submission;
using SnowChatOps.TestSupport.Harness;
using SnowChatOps.Tests.MessageExtension.Fakes;
using SnowChatOps.TestSupport.Fakes;

namespace SnowChatOps.Tests.MessageExtension;

public sealed class MessageShareSubmitTests
{
    [Fact]
    public async Task Submit_ValidForm_CreatesTheTicketWithTheMessageFields()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var driver = new DialogDriver(harness);
        var form = await driver.OpenAsync();

        await driver.SubmitAsync(form, d => { d["category"] = "Identity"; d["type"] = "incident"; d["priority"] = "2"; });

        var (tenant, sent) = Assert.Single(harness.ServiceNow.Sent);
        Assert.Equal(BotHarness.TenantId, tenant);
        Assert.Equal((TicketTable.Incident, 2, "Guest access is on for the Finance team."), (sent.Table, sent.Priority, sent.ShortDescription));
        Assert.EndsWith($"Shared from Teams by Megan Bowen: {MessageInvokes.Link}", sent.Description, StringComparison.Ordinal);
        Assert.Equal((RecommendationSource.User, RecommendationCategory.Identity, null), (sent.RecommendationSource, sent.RecommendationCategory, sent.ActionId));
        Assert.Equal(new DateTimeOffset(2026, 12, 26, 23, 59, 59, TimeSpan.Zero), sent.DueDate);
        Assert.True(CardArg.TryRead<ShareArg>((string?)form.Card["actions"]![0]!["data"]!["arg"], out var arg));
        Assert.Equal(("Megan Bowen (aad-user-1)", arg.CorrelationId), (sent.InitiatedBy, sent.CorrelationId));
    }

    [Fact]
    public async Task Submit_Created_PostsTheTicketCardAndClosesTheDialogWithAMessage()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var driver = new DialogDriver(harness);
        var form = await driver.OpenAsync();

        var answer = await driver.SubmitAsync(form, d => d["category"] = "Data");

        Assert.Equal("message", answer.TaskType);
        Assert.Equal(
            "Ticket CHG0010001 was created in ServiceNow. Its card is in the message's thread, where it stays up to date. You can close this dialog.",
            (string?)answer.Body["task"]!["value"]);
        Assert.False(answer.Body["composeExtension"] is Newtonsoft.Json.Linq.JObject);
        var posted = CardReader.From(Assert.Single(driver.Posted));
        Assert.Equal("Ticket CHG0010001 created in ServiceNow", posted.Title);
        Assert.Equal(
            "https://contoso.service-now.com/nav_to.do?uri=change_request.do%3Fsys_id%3D00000000000000000000000000000001",
            (string?)JObject.FromObject(driver.Posted[0].Attachments[0].Content)["actions"]![0]!["url"]);
        var tracked = Assert.Single(harness.Get<InMemoryTrackedTicketStore>().All);
        Assert.Equal((driver.Posted[0].Id, string.Empty), (tracked.CardActivityId, tracked.ActionId));
        Assert.Equal(driver.Posted[0].Id, Assert.Single(harness.Get<InMemorySubmissionStore>().All).CardActivityId);
    }

    [Fact]
    public async Task Submit_CreatedInChinese_ClosesTheDialogWithAChineseMessage()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var driver = new DialogDriver(harness);
        var form = await driver.OpenAsync(locale: "zh-CN");

        var answer = await driver.InvokeAsync(MessageInvokes.Submit(form.Press(d => d["category"] = "Data"), locale: "zh-CN"));

        Assert.Equal("message", answer.TaskType);
        Assert.StartsWith("已在 ServiceNow 中创建工单 CHG0010001。", (string?)answer.Body["task"]!["value"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_Invalid_AnswersTheFormAgainWithErrorsAndTypedValues()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var driver = new DialogDriver(harness);
        var form = await driver.OpenAsync();

        var again = await driver.SubmitAsync(form, d => { d["name"] = "  "; d["description"] = "My own words"; d["dueDate"] = "2026-11-01"; });

        Assert.Equal("continue", again.TaskType);
        Assert.Contains("Please check the following and send again:", again.Texts);
        var errors = again.Texts.Single(t => t.StartsWith("- ", StringComparison.Ordinal));
        Assert.Equal("- Enter a name of up to 160 characters.\n- The due date can't be in the past.\n- Choose a recommendation category.", errors);
        Assert.Equal(("My own words", "2026-11-01"), (again.Input("description"), again.Input("dueDate")));
        Assert.Equal((string?)form.Card["actions"]![0]!["data"]!["arg"], (string?)again.Card["actions"]![0]!["data"]!["arg"]);
        Assert.Empty(harness.ServiceNow.Sent);
        Assert.Empty(harness.Get<InMemorySubmissionStore>().All);
    }

    [Fact]
    public async Task Submit_ForgedSourceOrPriority_IsHeldToTheMessageRules()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var driver = new DialogDriver(harness);
        var form = await driver.OpenAsync();

        var again = await driver.SubmitAsync(form, d => { d["category"] = "Apps"; d["source"] = "Microsoft"; d["priority"] = "9"; });
        await driver.SubmitAsync(again, d => d["priority"] = "5");

        var (_, sent) = Assert.Single(harness.ServiceNow.Sent);
        Assert.Equal((RecommendationSource.User, 5), (sent.RecommendationSource, sent.Priority));
    }

    [Fact]
    public async Task Submit_Twice_CreatesExactlyOneTicketAndPostsItOnce()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var driver = new DialogDriver(harness);
        var form = await driver.OpenAsync();
        var data = form.Press(d => d["category"] = "Devices");

        var first = await driver.InvokeAsync(MessageInvokes.Submit(data));
        var second = await driver.InvokeAsync(MessageInvokes.Submit(data));

        Assert.Single(harness.ServiceNow.Sent);
        Assert.Single(driver.Posted);
        Assert.Equal(("message", (string?)first.Body["task"]!["value"]), (second.TaskType, (string?)second.Body["task"]!["value"]));
        Assert.Equal(SubmissionStatus.Created, Assert.Single(harness.Get<InMemorySubmissionStore>().All).Status);
    }

    [Fact]
    public async Task Submit_NotConnected_SaysSoAndCreatesNothing()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var driver = new DialogDriver(harness);
        var form = await driver.OpenAsync();
        await harness.DisconnectServiceNowAsync();

        var answer = await driver.SubmitAsync(form, d => d["category"] = "Data");

        Assert.Equal("ServiceNow isn't connected", answer.CardTitle);
        Assert.Empty(harness.ServiceNow.Sent);
        Assert.Empty(driver.Posted);
        Assert.Equal(SubmissionHold.NotConnected, Assert.Single(harness.Get<InMemorySubmissionStore>().All).Hold);
    }

    [Fact]
    public async Task Submit_ServiceNowDown_QueuesAndSaysItWillBeCreated()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var driver = new DialogDriver(harness);
        var form = await driver.OpenAsync();
        harness.ServiceNow.FailNextWith(new ServiceNowUnavailableException("down"));

        var answer = await driver.SubmitAsync(form, d => d["category"] = "Data");

        Assert.Equal("Queued for ServiceNow", answer.CardTitle);
        Assert.Contains(answer.Texts, t => t.Contains("will be created automatically", StringComparison.Ordinal));
        Assert.Equal(SubmissionStatus.Queued, Assert.Single(harness.Get<InMemorySubmissionStore>().All).Status);
        Assert.Empty(driver.Posted);
    }

    [Fact]
    public async Task Submit_QueuedThenProcessed_PostsTheTicketInTheConversation()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var driver = new DialogDriver(harness);
        var form = await driver.OpenAsync();
        harness.ServiceNow.FailNextWith(new ServiceNowUnavailableException("down"));
        await driver.SubmitAsync(form, d => d["category"] = "Data");

        harness.Time.Advance(TimeSpan.FromMinutes(5));
        await harness.Get<QueuedSubmissionProcessor>().ProcessQueuedOnceAsync(TestContext.Current.CancellationToken);

        var card = CardReader.From(harness.Adapter.GetNextReply()!);
        Assert.Equal("Ticket CHG0010001 created in ServiceNow", card.Title);
        Assert.Single(harness.ServiceNow.Sent);
    }

    [Fact]
    public async Task Submit_Refused_AnswersTheFormWithServiceNowsReason()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var driver = new DialogDriver(harness);
        var form = await driver.OpenAsync();
        harness.ServiceNow.FailNextWith(new ServiceNowRequestRejectedException("rejected") { StatusCode = System.Net.HttpStatusCode.Forbidden, ServiceNowMessage = "Data policy: field required" });

        var again = await driver.SubmitAsync(form, d => d["category"] = "Apps");
        var created = await driver.SubmitAsync(again);

        Assert.Contains(again.Texts, t => t.Contains("ServiceNow did not accept the ticket: Data policy: field required", StringComparison.Ordinal));
        Assert.Equal("Apps", again.Input("category"));
        Assert.StartsWith("Ticket CHG0010001 was created in ServiceNow.", (string?)created.Body["task"]!["value"], StringComparison.Ordinal);
        Assert.Equal("Ticket CHG0010001 created in ServiceNow", CardReader.From(Assert.Single(driver.Posted)).Title);
    }

    [Fact]
    public async Task Submit_DataWeDidNotMint_AnswersStale()
    {
        await using var harness = await BotHarness.ConnectedAsync();

        var answer = await new DialogDriver(harness).InvokeAsync(MessageInvokes.Submit(new Newtonsoft.Json.Linq.JObject
        {
            ["verb"] = "share-message", ["arg"] = "snowchatops-forged", ["name"] = "x",
        }));

        Assert.Equal("This dialog has expired", answer.CardTitle);
        Assert.Empty(harness.ServiceNow.Sent);
    }
}
