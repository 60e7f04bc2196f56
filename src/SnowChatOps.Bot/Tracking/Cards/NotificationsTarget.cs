namespace SnowChatOps.Bot.Tracking.Cards;

/// <summary>Where state changes go, seen from the conversation the admin is in.</summary>
internal enum NotificationsTarget
{
    /// <summary>No conversation chosen: each ticket's own conversation.</summary>
    Default,
    Here,
    Elsewhere,
}
