using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;

namespace SnowChatOps.Bot.Sharing.Cards;

/// <summary>The card that replaces the form once the ticket exists.</summary>
internal static class TicketCard
{
    public static AdaptiveCard Build(TicketCardView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var ticket = view.Ticket;
        var facts = new List<Fact>
        {
            new(SharingText.Fact_Number, ticket.Number),
            new(SharingText.Fact_Type, SharingNames.Type(ticket.Table)),
            new(SharingText.Fact_State, view.StateName),
        };
        if (ticket.Priority is { } priority)
        {
            facts.Add(new(SharingText.Fact_Priority, $"{priority} - {SharingNames.Priority(priority)}"));
        }

        if (view.DueDay is { } due)
        {
            facts.Add(new(SharingText.Fact_DueDate, due.ToString("D", CultureInfo.CurrentCulture)));
        }

        facts.Add(new(SharingText.Fact_SharedBy, view.SharedBy));
        IReadOnlyList<CardAction>? actions = view.Link is { } link ? [new OpenUrlAction(SharingText.Ticket_Open, link)] : null;
        return new AdaptiveCard(
            [
                new TextBlock(string.Format(CultureInfo.CurrentCulture, SharingText.Ticket_Title, ticket.Number)) { Size = "Large", Weight = "Bolder" },
                new TextBlock(view.ActionTitle) { IsSubtle = true, Spacing = "None" },
                new FactSet(facts),
            ],
            actions);
    }
}
