using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tickets.Cards;
using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Sharing;
using SnowChatOps.Bot.Sharing.Browse;
using SnowChatOps.Bot.Sharing.Cards;
using SnowChatOps.Bot.Sharing.Form;
using SnowChatOps.Bot.Sharing.Submission;
using SnowChatOps.TestSupport.Harness;
using SnowChatOps.TestSupport.Cards;
using SnowChatOps.IntegrationTests.Cards;
using SnowChatOps.TestSupport.Fakes;

namespace SnowChatOps.IntegrationTests.Sharing;

/// <summary>Every sharing card, in both languages, through the official Adaptive Cards parser (schema 1.5, no unknown properties).</summary>
public sealed class SharingCardValidationTests
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task SharingCards_AllStates_AreValidAdaptiveCards15(string culture)
    {
        await CardsInCulture.AssertAllValidAsync(culture, Cards, expected: 7);
    }

    private static List<(string Name, AdaptiveCard Card)> Cards()
    {
        var today = new DateOnly(2026, 11, 26);
        var arg = ShareArg.Mint("AdminMFAV2");
        var form = new ShareForm("AdminMFAV2", "Require MFA", "Because.", 2, today.AddDays(30), TicketTable.ChangeRequest, RecommendationSource.Microsoft, RecommendationCategory.Identity);
        var ticket = new Ticket { Table = TicketTable.Incident, SysId = "0123456789abcdef0123456789abcdef", Number = "INC0010001", State = "1", Priority = 2 };
        var instance = ServiceNowInstance.Parse("acme", ServiceNowHostPolicy.Default);
        var page = new ImprovementActionPage(SharingActions.All.Take(5).ToList(), SharingActions.All.Length, 1, 5);
        var open = new Ticket { SysId = ticket.SysId, Number = "CHG0010001", Table = TicketTable.ChangeRequest, State = "-5" };
        return
        [
            ("list", ActionListCard.Build(new BrowseQuery(ActionCategory.Identity, "mfa", 1), page)),
            ("form", ShareFormCard.Build(new ShareFormView("Require MFA", arg, ShareFormValues.From(form), today, []))),
            ("form-errors", ShareFormCard.Build(new ShareFormView("Require MFA", arg, ShareFormValues.From(form), today, [new FieldError("name", "Enter a name.")], "ServiceNow said no."))),
            ("ticket", TicketCard.Build(new TicketCardView(ticket, "New", "Megan Bowen", today, "Require MFA", TicketLink.For(instance, ticket.Table, ticket.SysId)))),
            ("queued", StatusCards.Queued("Require MFA")),
            ("not-connected", StatusCards.NotConnected()),
            ("duplicates", StatusCards.Duplicates("Require MFA", arg, [(open, TicketLink.For(instance, open.Table, open.SysId))])),
        ];
    }
}
