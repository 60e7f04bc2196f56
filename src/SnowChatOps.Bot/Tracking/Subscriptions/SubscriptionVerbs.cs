namespace SnowChatOps.Bot.Tracking.Subscriptions;

/// <summary>Card verbs of the subscriptions part of the notifications card (pressed, never typed).</summary>
internal static class SubscriptionVerbs
{
    public const string Form = "notifications-form";
    public const string Save = "notifications-save";
    public const string Remove = "notifications-remove";
    public const string Test = "notifications-test";
}
