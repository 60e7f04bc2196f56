namespace SnowChatOps.Bot.Tickets;

/// <summary>One state of a ServiceNow state model: its stored code, default name, and whether work is still open.</summary>
internal sealed record TicketState(string Code, string DefaultName, bool Open);
