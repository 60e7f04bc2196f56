using System.Globalization;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Errors;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.TestSupport.Harness;
using SnowChatOps.Tests.MessageExtension.Fakes;

namespace SnowChatOps.Tests.MessageExtension;

public sealed class TicketSearchTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Query_TicketNumber_AnswersThatTicketAsTheLiveCard()
    {
        await using var harness = await WithTicketsAsync();

        var answer = await harness.AnswerAsync(SearchInvokes.Query(" inc0010002 "));

        var result = Assert.Single(answer.Results());
        Assert.Equal("INC0010002", (string?)result["preview"]!["content"]!["title"]);
        Assert.Equal("Incident · New · Priority: High", (string?)result["preview"]!["content"]!["text"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)result["contentType"]);
        Assert.StartsWith("Ticket INC0010002", (string?)result["content"]!.SelectToken("$.body[0].text"), StringComparison.Ordinal);
        Assert.Equal("number=INC0010002", Assert.Single(harness.ServiceNow.Listed).Query);
    }

    [Fact]
    public async Task Query_Words_SearchesTitlesOfBothTablesNewestFirst()
    {
        await using var harness = await WithTicketsAsync();

        var answer = await harness.AnswerAsync(SearchInvokes.Query("guest  access"));

        Assert.Equal(["INC0010001", "CHG0030001"], answer.PreviewTitles());
        Assert.All(harness.ServiceNow.Listed, l => Assert.Equal("short_descriptionLIKEguest access^ORDERBYDESCsys_created_on", l.Query));
    }

    [Fact]
    public async Task Query_CaretInText_CannotAddConditions()
    {
        await using var harness = await WithTicketsAsync();

        await harness.AnswerAsync(SearchInvokes.Query("guest^ORshort_descriptionISNOTEMPTY"));

        Assert.All(harness.ServiceNow.Listed, l => Assert.Equal("short_descriptionLIKEguest ORshort_descriptionISNOTEMPTY^ORDERBYDESCsys_created_on", l.Query));
    }

    [Fact]
    public async Task Query_SecondPage_MapsSkipAndCountToOffsetAndLimit()
    {
        await using var harness = await WithTicketsAsync();

        var first = await harness.AnswerAsync(SearchInvokes.Query("printer", skip: 0, count: 1));
        var second = await harness.AnswerAsync(SearchInvokes.Query("printer", skip: 1, count: 1));

        Assert.Equal(["INC0010003"], first.PreviewTitles());
        Assert.Equal(["INC0010004"], second.PreviewTitles());
        Assert.Contains(harness.ServiceNow.Listed, l => (l.Offset, l.Limit) == (1, 1));
    }

    [Fact]
    public async Task Query_NothingMatches_AnswersOneResultThatSaysSo()
    {
        await using var harness = await WithTicketsAsync();

        var answer = await harness.AnswerAsync(SearchInvokes.Query("nothing like this"));

        Assert.Equal(["No tickets found"], answer.PreviewTitles());
    }

    [Fact]
    public async Task Query_NotConnected_AnswersHowToConnect()
    {
        await using var harness = await WithTicketsAsync();
        await harness.DisconnectServiceNowAsync();

        var answer = await harness.AnswerAsync(SearchInvokes.Query("INC0010001"));

        var result = Assert.Single(answer.Results());
        Assert.Equal("ServiceNow isn't connected", (string?)result["preview"]!["content"]!["title"]);
        Assert.Contains("type connect in a chat", (string?)result["preview"]!["content"]!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_ServiceNowUnavailable_AnswersOneExplanatoryResult()
    {
        await using var harness = await WithTicketsAsync();
        harness.ServiceNow.FailNextWith(new ServiceNowUnavailableException("down"));

        var answer = await harness.AnswerAsync(SearchInvokes.Query("guest"));

        var result = Assert.Single(answer.Results());
        Assert.Equal("ServiceNow couldn't search", (string?)result["preview"]!["content"]!["title"]);
        Assert.Equal("ServiceNow isn't answering right now. Try again in a moment.", (string?)result["preview"]!["content"]!["text"]);
    }

    [Fact]
    public async Task Query_InitialRun_ListsTicketsSharedFromThisConversation()
    {
        await using var harness = await WithTicketsAsync();
        var here = harness.Adapter.Conversation.Conversation.Id;
        await Track(harness, "00000000000000000000000000000002", here + ";messageid=1732600000000", harness.Time.GetUtcNow());
        await Track(harness, "00000000000000000000000000000001", "19:elsewhere@thread.tacv2", harness.Time.GetUtcNow());

        var answer = await harness.AnswerAsync(SearchInvokes.Query(null, initialRun: true));

        Assert.Equal(["INC0010002"], answer.PreviewTitles());
        Assert.Equal("sys_idIN00000000000000000000000000000002", Assert.Single(harness.ServiceNow.Listed).Query);
    }

    [Fact]
    public async Task Query_InitialRunWithManyShared_OneServiceNowQueryPerTableNewestFirst()
    {
        await using var harness = await WithTicketsAsync();
        var here = harness.Adapter.Conversation.Conversation.Id;
        var start = harness.Time.GetUtcNow();
        for (var n = 1; n <= 4; n++)
        {
            await Track(harness, n.ToString(CultureInfo.InvariantCulture).PadLeft(32, '0'), here, start.AddMinutes(n));
        }

        await harness.Get<TrackedTickets>().TrackAsync(
            new TrackedTicket(BotHarness.TenantId, TicketTable.ChangeRequest, "5".PadLeft(32, '0'), "CHG", "action", here, null, "-5", start.AddMinutes(5)), Ct);
        await Track(harness, "9".PadLeft(32, '0'), here, start.AddMinutes(9)); // tracked, but gone from ServiceNow

        var answer = await harness.AnswerAsync(SearchInvokes.Query(null, initialRun: true));

        Assert.Equal(["CHG0030001", "INC0010004", "INC0010003", "INC0010002", "INC0010001"], answer.PreviewTitles());
        Assert.Equal(2, harness.ServiceNow.Listed.Count);
    }

    [Fact]
    public async Task Query_ChineseUser_AnswersInChinese()
    {
        await using var harness = await WithTicketsAsync();

        var answer = await harness.AnswerAsync(SearchInvokes.Query("INC0010002", locale: "zh-CN"));

        Assert.StartsWith("事件 · ", (string?)Assert.Single(answer.Results())["preview"]!["content"]!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_UnknownCommand_AnswersAResultNotAnError()
    {
        await using var harness = await WithTicketsAsync();

        var answer = await harness.AnswerAsync(SearchInvokes.Query("x", commandId: "somethingElse"));

        Assert.Equal(["Unknown command"], answer.PreviewTitles());
    }

    internal static async Task<BotHarness> WithTicketsAsync()
    {
        var harness = await BotHarness.ConnectedAsync();
        harness.ServiceNow
            .Put(BotHarness.TenantId, Ticket("1", "INC0010001", TicketTable.Incident, "Guest access is on for Finance"))
            .Put(BotHarness.TenantId, Ticket("2", "INC0010002", TicketTable.Incident, "VPN outage") with { Priority = 2 })
            .Put(BotHarness.TenantId, Ticket("3", "INC0010003", TicketTable.Incident, "Printer jam"))
            .Put(BotHarness.TenantId, Ticket("4", "INC0010004", TicketTable.Incident, "Printer offline"))
            .Put(BotHarness.TenantId, Ticket("5", "CHG0030001", TicketTable.ChangeRequest, "Turn off guest access"))
            .Put("tenant-2", Ticket("6", "INC0090001", TicketTable.Incident, "Guest access elsewhere"));
        return harness;
    }

    private static Ticket Ticket(string n, string number, TicketTable table, string title) => new()
    {
        SysId = n.PadLeft(32, '0'),
        Number = number,
        Table = table,
        State = table == TicketTable.Incident ? "1" : "-5",
        ShortDescription = title,
    };

    private static Task Track(BotHarness harness, string sysId, string conversationId, DateTimeOffset at) =>
        harness.Get<TrackedTickets>().TrackAsync(
            new TrackedTicket(BotHarness.TenantId, TicketTable.Incident, sysId, "INC", "action", conversationId, null, "1", at), Ct);
}
