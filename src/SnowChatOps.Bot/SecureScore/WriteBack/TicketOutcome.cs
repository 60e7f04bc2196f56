namespace SnowChatOps.Bot.SecureScore.WriteBack;

/// <summary>What a ticket state means for its Secure Score control.</summary>
internal enum TicketOutcome
{
    Unknown,
    Open,
    Done,
    Canceled,
}
