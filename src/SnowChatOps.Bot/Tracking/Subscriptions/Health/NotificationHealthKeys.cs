namespace SnowChatOps.Bot.Tracking.Subscriptions.Health;

internal static class NotificationHealthKeys
{
    /// <summary>Outcomes of posts to tickets' own conversations (no subscription chose them).</summary>
    public const string Own = "own";

    public static string For(string? subscriptionId) => subscriptionId ?? Own;
}
