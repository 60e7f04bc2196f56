using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.SecureScore.Posture;
using SnowChatOps.Bot.Text;

namespace SnowChatOps.Bot.Tickets.Cards;

/// <summary>The card of a shared ticket: posted when it is created, rebuilt whenever its state changes.</summary>
internal static class TicketCard
{
    /// <summary>The shared title under the number: an action's title or the start of a shared message.</summary>
    public const int MaxTitleLength = 200;

    public static AdaptiveCard Build(TicketCardView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var ticket = view.Ticket;
        var facts = new List<Fact>
        {
            new(TicketsText.Fact_Number, ticket.Number),
            new(TicketsText.Fact_Type, TicketNames.Type(ticket.Table)),
            new(TicketsText.Fact_State, view.StateName),
        };
        if (ticket.Priority is { } priority)
        {
            facts.Add(new(TicketsText.Fact_Priority, $"{priority} - {TicketNames.Priority(priority)}"));
        }

        if (view.DueDay is { } due)
        {
            facts.Add(new(TicketsText.Fact_DueDate, CardTime.Day(due)));
        }

        facts.Add(new(TicketsText.Fact_SharedBy, CardMarkdown.Line(view.SharedBy, CardMarkdown.MaxNameLength)));
        var actions = new List<CardAction>();
        if (view.Link is { } link)
        {
            actions.Add(new OpenUrlAction(TicketsText.Ticket_Open, link));
        }

        var body = new List<CardElement>
        {
            new TextBlock(string.Format(CultureInfo.CurrentCulture, TicketsText.Ticket_Title, ticket.Number)) { Size = "Large", Weight = "Bolder" },
            new TextBlock(CardMarkdown.Line(view.Title, MaxTitleLength)) { IsSubtle = true, Spacing = "None" },
            new FactSet(facts),
        };
        if (view.Posture is { } posture)
        {
            body.Add(new TextBlock(SecureScoreText.Posture_Heading) { Weight = "Bolder", Spacing = "Medium" });
            body.Add(new FactSet([.. PostureText.Facts(posture).Select(f => new Fact(f.Key, f.Value))]));
        }

        return view.Acting is { } acting ? WithActing(ticket, acting, body, actions) : new AdaptiveCard(body, actions.Count > 0 ? actions : null);
    }

    /// <summary>The acting part (notice, latest note, buttons, refresh) lives in <see cref="TicketCardActions"/>.</summary>
    private static AdaptiveCard WithActing(ServiceNow.Ticket ticket, TicketCardActing acting, List<CardElement> body, List<CardAction> actions)
    {
        body.AddRange(TicketCardActions.Lines(acting));
        actions.AddRange(TicketCardActions.Buttons(ticket, acting));
        return new AdaptiveCard(body, actions.Count > 0 ? actions : null) { Refresh = TicketCardActions.Refresh(ticket, acting) };
    }
}
