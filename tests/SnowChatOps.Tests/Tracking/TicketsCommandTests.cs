using Microsoft.Bot.Schema;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Errors;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.Tests.Tracking;

public sealed class TicketsCommandTests
{
    [Fact]
    public async Task Tickets_TrackedTickets_ShowsChangeAndIncidentCardsWithOpenCountsAndTheSeedButtons()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var scenario = await TrackingScenario.StartAsync(harness);
        await scenario.TrackAsync("CHG0030001", "-4");
        await scenario.TrackAsync("CHG0030002", "-4");
        await scenario.TrackAsync("CHG0030003", "3");
        await scenario.TrackAsync("INC0010001", "2", TicketTable.Incident);

        await harness.Flow()
            .Send("tickets")
            .AssertReply(reply =>
            {
                var card = CardReader.From(reply);
                Assert.Equal("Change management", card.Title);
                Assert.Contains("2 open tickets shared from Teams", card.Texts);
                Assert.Equal(["Assess"], card.FactTitles);
                Assert.Contains(card.Texts, t => t.Contains("[CHG0030003](https://contoso.service-now.com/nav_to.do?uri=change_request.do%3Fsys_id%3Dsys-CHG0030003) · Closed", StringComparison.Ordinal));
                Assert.Equal(["Create a ticket", "View all", "Manage ServiceNow configuration"], card.ActionTitles);
                Assert.Equal(["actions", "tickets-all", "settings"], card.ActionTitles.Select(card.VerbOf));
            })
            .AssertReply(reply =>
            {
                var card = CardReader.From(reply);
                Assert.Equal("Incident management", card.Title);
                Assert.Equal(["In Progress"], card.FactTitles);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Tickets_ChineseUser_CardsInChinese()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        await TrackingScenario.StartAsync(harness);

        await harness.Flow()
            .Send(Activities.Text("tickets", locale: "zh-CN"))
            .AssertReply(reply => Assert.Equal(["更改管理", "尚无从 Teams 共享的未结票证。"], CardReader.From(reply).Texts))
            .AssertReply(reply => Assert.Equal(["创建票证", "查看全部", "管理 ServiceNow 配置"], CardReader.From(reply).ActionTitles))
            .StartTestAsync();
    }

    [Fact]
    public async Task TicketsAll_Incident_ListsLiveStatesWithLinks()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var scenario = await TrackingScenario.StartAsync(harness);
        var ticket = await scenario.TrackAsync("INC0010001", "1", TicketTable.Incident);
        var other = await scenario.TrackAsync("INC0010002", "1", TicketTable.Incident);
        scenario.ChangeInServiceNow(ticket, "6");
        scenario.ChangeInServiceNow(other, "2");

        await harness.Flow()
            .Send(Activities.Press("tickets-all", "incident"))
            .AssertReply(reply =>
            {
                var card = CardReader.From(reply);
                Assert.Equal("Incident management: all tracked tickets", card.Title);
                var lines = card.Texts.SelectMany(t => t.Split('\n')).ToList();
                Assert.Contains(lines, t => t.Contains("[INC0010001](", StringComparison.Ordinal) && t.EndsWith("· Resolved", StringComparison.Ordinal));
                Assert.Contains(lines, t => t.Contains("[INC0010002](", StringComparison.Ordinal) && t.EndsWith("· In Progress", StringComparison.Ordinal));
                Assert.Contains("States as ServiceNow has them now.", card.Texts);
            })
            .StartTestAsync();
        Assert.Single(harness.ServiceNow.Listed, l => l.Query.StartsWith("sys_idIN", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TicketsAll_TicketSharedWithATitle_ListsTheTitleAsTextNotMarkdown()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var scenario = await TrackingScenario.StartAsync(harness);
        var ticket = await scenario.TrackAsync("INC0010001", "1", TicketTable.Incident);
        await scenario.Tracked.SaveAsync(ticket with { Title = "Require MFA for [admins](x)\n*now*" }, TestContext.Current.CancellationToken);

        await harness.Flow()
            .Send(Activities.Press("tickets-all", "incident"))
            .AssertReply(reply => Assert.Contains(
                CardReader.From(reply).Texts,
                t => t.EndsWith("· New · Require MFA for \\[admins\\](x) \\*now\\*", StringComparison.Ordinal)))
            .StartTestAsync();
    }

    [Fact]
    public async Task TicketsAll_ServiceNowDown_ShowsLastKnownStates()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var scenario = await TrackingScenario.StartAsync(harness);
        await scenario.TrackAsync("INC0010001", "2", TicketTable.Incident);
        scenario.ServiceNow.FailNextWith(new ServiceNowUnavailableException("down"));

        await harness.Flow()
            .Send("tickets-all incident")
            .AssertReply(reply =>
            {
                var card = CardReader.From(reply);
                Assert.Contains(card.Texts, t => t.EndsWith("INC0010001](https://contoso.service-now.com/nav_to.do?uri=incident.do%3Fsys_id%3Dsys-INC0010001) · In Progress", StringComparison.Ordinal));
                Assert.Contains("ServiceNow could not be read; showing the last known states.", card.Texts);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task TicketsAll_MoreThanAPage_PagesWithNextButton()
    {
        await using var harness = await BotHarness.ConnectedAsync();
        var scenario = await TrackingScenario.StartAsync(harness);
        for (var i = 1; i <= 12; i++)
        {
            await scenario.TrackAsync($"CHG00300{i:D2}", "-5");
        }

        await harness.Flow()
            .Send("tickets-all change_request")
            .AssertReply(reply =>
            {
                var card = CardReader.From(reply);
                Assert.Contains("Showing 1–10 of 12", card.Texts);
                Assert.Equal(["Next page"], card.ActionTitles);
                Assert.Equal("change_request 1", (string?)card.Json["actions"]![0]!["data"]!["arg"]);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task TicketsAll_UnknownTable_AnswersHowToAsk()
    {
        await using var harness = await BotHarness.ConnectedAsync();

        await harness.Flow()
            .Send("tickets-all problem")
            .AssertReply(reply => Assert.Contains("tickets-all incident", ((Activity)reply).Text, StringComparison.Ordinal))
            .StartTestAsync();
    }
}
