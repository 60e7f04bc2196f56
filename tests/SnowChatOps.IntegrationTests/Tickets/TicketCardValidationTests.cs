using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tickets.Actions;
using SnowChatOps.Bot.Tickets.Cards;
using SnowChatOps.IntegrationTests.Cards;

namespace SnowChatOps.IntegrationTests.Tickets;

/// <summary>The ticket card with its acting part (buttons, ShowCards, fallbacks, refresh), in both languages, through the official parser.</summary>
public sealed class TicketCardValidationTests
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task TicketCard_WithActions_IsAValidAdaptiveCard15(string culture)
    {
        await CardsInCulture.AssertAllValidAsync(culture, Cards, expected: 4);
    }

    private static List<(string Name, AdaptiveCard Card)> Cards()
    {
        var keys = TicketVerbs.Actions.Append(TicketVerbs.Refresh).ToDictionary(v => v, _ => "0123456789abcdef0123456789abcdef", StringComparer.Ordinal);
        var incident = new Ticket { Table = TicketTable.Incident, SysId = "0123456789abcdef0123456789abcdef", Number = "INC0010001", State = "1", Priority = 2 };
        var change = incident with { Table = TicketTable.ChangeRequest, Number = "CHG0030001", State = "0" };
        TicketCardActing Acting(Ticket t, bool buttons) => new(buttons, keys, [.. TicketTransitions.Next(t.Table, t.State).Select(c => (c, TicketStateNames.Resolve(new Dictionary<string, string>(), t.Table, c)))], ["29:user-1"]);
        AdaptiveCard Card(Ticket t, TicketCardActing acting) => TicketCard.Build(new TicketCardView(t, "New", "Megan Bowen", null, "Require MFA", null) { Acting = acting });
        return
        [
            ("incident-new", Card(incident, Acting(incident, true))),
            ("incident-after-note", Card(incident, Acting(incident, true) with { Notice = "Work note added by Megan Bowen.", LatestNote = CardText.Shown("Checked [x](y)") })),
            ("change-review", Card(change, Acting(change, true) with { Notice = "Refused.", NoticeIsWarning = true })),
            ("non-responder", Card(incident, Acting(incident, false))),
        ];
    }
}
