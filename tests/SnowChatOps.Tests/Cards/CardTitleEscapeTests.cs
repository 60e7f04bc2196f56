using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.SecureScore.Reminders;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Sharing.Cards;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tickets.Cards;
using SnowChatOps.Bot.Tracking.Cards;

namespace SnowChatOps.Tests.Cards;

/// <summary>
/// A title from a shared message (or a name from ServiceNow) is text on every card that shows it: a markdown link in
/// it stays visible characters and never becomes a clickable link.
/// </summary>
public sealed class CardTitleEscapeTests
{
    private const string Hostile = "Patch [now](https://evil.example) **today**";
    private const string Shown = @"Patch \[now\](https://evil.example) \*\*today\*\*";

    [Theory]
    [InlineData("reminder")]
    [InlineData("ticket")]
    [InlineData("queued")]
    [InlineData("cancelled")]
    [InlineData("notification")]
    public void Card_TitleWithMarkdown_ShowsItAsTyped(string name)
    {
        var card = Card(name);
        var json = new CardTree(card).Json;

        Assert.True(new CardTree(card).Texts.Any(t => t.Contains(Shown, StringComparison.Ordinal)), $"{name}: {json}");
        Assert.DoesNotContain("[now](", json, StringComparison.Ordinal);
    }

    private static AdaptiveCard Card(string name)
    {
        var at = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
        var tracked = new TrackedTicket("tenant", TicketTable.Incident, "sys", "INC0010001", "message", "conv", null, "1", at) { Title = Hostile, SharedBy = Hostile };
        var ticket = new Ticket { Table = TicketTable.Incident, SysId = "sys", Number = "INC0010001", State = "1" };
        return name switch
        {
            "reminder" => ReminderCard.Build(tracked, at, ReminderKind.Overdue),
            "ticket" => TicketCard.Build(new TicketCardView(ticket, "New", Hostile, null, Hostile, null)),
            "queued" => StatusCards.Queued(Hostile),
            "cancelled" => StatusCards.Cancelled(Hostile),
            _ => NotificationCard.Build("INC0010001", "New", "Resolved", Hostile, null),
        };
    }
}
