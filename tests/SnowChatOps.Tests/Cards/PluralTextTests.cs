using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Sharing;
using SnowChatOps.Bot.Sharing.Cards;
using SnowChatOps.Bot.Tracking.Cards;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.Tests.Cards;

// Counts read as English and Chinese do: "1 open ticket", "2 open tickets"; no "ticket(s)".
public sealed class PluralTextTests
{
    [Theory]
    [InlineData("en-US", 1, "1 open ticket shared from Teams")]
    [InlineData("en-US", 2, "2 open tickets shared from Teams")]
    [InlineData("zh-CN", 1, "从 Teams 共享的未结票证：1 个")]
    [InlineData("zh-CN", 2, "从 Teams 共享的未结票证：2 个")]
    public void TicketsOverview_OneOrTwoOpen_SaysSingularOrPlural(string culture, int open, string expected)
    {
        using var _ = CultureScope.Use(culture);

        var card = CardReader.From(TicketsOverviewCard.Build(TicketTable.ChangeRequest, [("New", open)], []).ToActivity());

        Assert.Contains(expected, card.Texts);
    }

    [Theory]
    [InlineData("en-US", 1, "1 open ServiceNow ticket already exists for this improvement action:")]
    [InlineData("en-US", 2, "2 open ServiceNow tickets already exist for this improvement action:")]
    [InlineData("zh-CN", 1, "此改进操作已有 1 个未关闭的 ServiceNow 票证：")]
    [InlineData("zh-CN", 2, "此改进操作已有 2 个未关闭的 ServiceNow 票证：")]
    public void Duplicates_OneOrTwoOpen_SaysSingularOrPlural(string culture, int open, string expected)
    {
        using var _ = CultureScope.Use(culture);
        var tickets = Enumerable.Range(1, open)
            .Select(i => (new Ticket { SysId = $"sys-{i}", Number = $"CHG001000{i}", Table = TicketTable.ChangeRequest, State = "-5" }, (Uri?)null))
            .ToList();

        var card = CardReader.From(StatusCards.Duplicates("Require MFA for admins", ShareArg.Mint(actionId: "AdminMFAV2"), tickets).ToActivity());

        Assert.Contains(expected, card.Texts);
    }
}
