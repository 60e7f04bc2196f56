namespace SnowChatOps.Bot.Tickets.Actions;

/// <summary>The card verbs of a ticket card (Action.Execute verbs, and the same names as Action.Submit fallbacks).</summary>
internal static class TicketVerbs
{
    public const string Note = "ticket-note";
    public const string State = "ticket-state";
    public const string Assign = "ticket-assign";
    public const string Refresh = "ticket-refresh";

    public static IReadOnlyList<string> Actions { get; } = [Note, State, Assign];
}
