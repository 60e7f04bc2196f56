using Microsoft.Bot.Builder;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Tickets.Actions;

/// <summary>One press, already checked: the tracked ticket, its live record, who acts, and the card's inputs.</summary>
internal sealed record TicketActionRequest(
    ITurnContext Turn, TrackedTicket Tracked, Ticket Live, TicketActor Actor, IReadOnlyDictionary<string, string> Inputs)
{
    public string? Input(string id) => Inputs.TryGetValue(id, out var value) ? value : null;
}
