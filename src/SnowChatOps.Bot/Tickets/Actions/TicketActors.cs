using Microsoft.Bot.Builder;

namespace SnowChatOps.Bot.Tickets.Actions;

internal static class TicketActors
{
    private const int MaxNameLength = 100;

    /// <summary>The presser, from the activity Teams sent (the name is bounded and stripped of control characters).</summary>
    public static TicketActor From(ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var from = turn.Activity.From;
        var name = CardText.Clean(from?.Name, MaxNameLength) ?? "?";
        return new TicketActor(turn.Activity.Conversation?.TenantId ?? string.Empty, from?.Id ?? string.Empty, from?.AadObjectId, name);
    }
}
