using Microsoft.Extensions.DependencyInjection;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Sharing.Submission;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.TestSupport.Harness;
using SnowChatOps.Tests.Sharing.Fakes;
using SnowChatOps.TestSupport.Fakes;

namespace SnowChatOps.Tests.Sharing;

public sealed class ShareSubmitTests
{
    [Fact]
    public async Task Send_ValidForm_ReplacesFormWithTicketCard()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);

        var card = CardReader.From(Assert.Single(await share.SendAsync(d => d["priority"] = "2")));

        Assert.Equal(share.FormId, Assert.Single(harness.Adapter.Updates).Id);
        Assert.Equal("Ticket CHG0010001 created in ServiceNow", card.Title);
        Assert.Equal(["Number", "Type", "State", "Priority", "Due date", "Shared by"], card.FactTitles.Take(6));
        var facts = card.Json.SelectTokens("$..facts[*].value").Select(v => (string)v!).Take(6).ToList();
        Assert.Equal(["CHG0010001", "Change request", "New", "2 - High", "Saturday, December 26, 2026", "Megan Bowen"], facts);
        Assert.Equal(
            "https://contoso.service-now.com/nav_to.do?uri=change_request.do%3Fsys_id%3D00000000000000000000000000000001",
            (string?)card.Json["actions"]![0]!["url"]);
    }

    [Fact]
    public async Task Send_ValidForm_SendsTheSeedFieldsOnce()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);

        await share.SendAsync(d => d["source"] = "User");

        var (tenant, sent) = Assert.Single(share.ServiceNow.Sent);
        Assert.Equal(BotHarness.TenantId, tenant);
        Assert.Equal(TicketTable.ChangeRequest, sent.Table);
        Assert.Equal("Require MFA for administrative roles", sent.ShortDescription);
        Assert.Equal(1, sent.Priority);
        Assert.Equal(new DateTimeOffset(2026, 12, 26, 23, 59, 59, TimeSpan.Zero), sent.DueDate);
        Assert.Equal("Megan Bowen (aad-user-1)", sent.InitiatedBy);
        Assert.Equal(RecommendationSource.User, sent.RecommendationSource);
        Assert.Equal(RecommendationCategory.Identity, sent.RecommendationCategory);
        Assert.Equal("AdminMFAV2", sent.ActionId);
        Assert.StartsWith("snowchatops-", sent.CorrelationId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_Created_RecordsSubmissionAndTrackedTicket()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);

        await share.SendAsync();

        var submission = Assert.Single(share.Submissions.All);
        Assert.Equal(SubmissionStatus.Created, submission.Status);
        Assert.Equal(share.FormId, submission.CardActivityId);
        var tracked = Assert.Single(harness.Get<InMemoryTrackedTicketStore>().All);
        Assert.Equal(("CHG0010001", "AdminMFAV2", share.FormId, "-5"), (tracked.Number, tracked.ActionId, tracked.CardActivityId, tracked.LastKnownState));
        Assert.Equal(submission.ConversationId, tracked.ConversationId);
    }

    [Fact]
    public async Task Send_Incident_UsesCustomizedStateName()
    {
        var overrides = new FixedTicketStateNameOverrides();
        overrides.Renamed["incident:1"] = "Triage";
        await using var harness = await BotHarness.ConnectedAsync(s => s.AddSingleton<ITicketStateNameOverrides>(overrides));
        var share = await ShareScenario.StartAsync(harness);

        var card = CardReader.From(Assert.Single(await share.SendAsync(d => d["type"] = "incident")));

        Assert.Equal("Ticket INC0010001 created in ServiceNow", card.Title);
        Assert.Contains(card.Json.SelectTokens("$..facts[*].value"), v => (string?)v == "Triage");
    }

    [Fact]
    public async Task Send_ChineseUser_TicketCardInChineseWithChineseDate()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness, locale: "zh-CN");
        var press = share.PressSend();
        press.Locale = "zh-CN";

        var card = CardReader.From(Assert.Single(await share.SendAsync(press)));

        Assert.Equal("已在 ServiceNow 中创建票证 CHG0010001", card.Title);
        Assert.Equal(["编号", "类型", "状态", "优先级", "截止日期", "共享者"], card.FactTitles.Take(6));
        Assert.Contains(card.Json.SelectTokens("$..facts[*].value"), v => (string?)v == "2026年12月26日星期六");
    }

    [Fact]
    public async Task Send_SameCorrelationIdAgainAfterSuccess_ShowsTheSameTicketWithoutCreating()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);
        await share.SendAsync();

        var again = CardReader.From(Assert.Single(await share.SendAsync()));

        Assert.Equal("Ticket CHG0010001 created in ServiceNow", again.Title);
        Assert.Single(share.ServiceNow.Sent);
    }

    [Fact]
    public async Task Send_WhileAnotherSendIsCreating_AnswersAlreadyBeingCreated()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);
        share.ServiceNow.FailNextWith(new ProcessStopped());
        await share.SendAsync(); // the turn dies mid-call; the error handler answers

        var reply = Assert.Single(await share.SendAsync());

        Assert.Equal(SubmissionStatus.Creating, Assert.Single(share.Submissions.All).Status);
        Assert.Equal("You pressed Send again: this ticket is created only once.", reply.Text);
        Assert.Empty(share.ServiceNow.Sent);
    }

    [Fact]
    public async Task Send_StaleOrForgedArgument_SendsNothing()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var share = await ShareScenario.StartAsync(harness);

        var reply = Assert.Single(await share.SendAsync(d => d["arg"] = "c=snowchatops-x'^ORsys_id!=0&a=AdminMFAV2"));

        Assert.Equal("That card is out of date. Type **actions** to start again.", reply.Text);
        Assert.Empty(share.Submissions.All);
    }

    /// <summary>Stands for a crash mid-call: not a ServiceNow failure, so the turn fails and the submission stays Creating.</summary>
    private sealed class ProcessStopped() : InvalidOperationException("process stopped mid-call");
}
