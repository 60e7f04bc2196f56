namespace SnowChatOps.Bot.Tickets.Actions;

/// <summary>The one line a card shows about the last press (already localized and safe).</summary>
internal sealed record TicketNotice(string Text, bool Warning);
