namespace SnowChatOps.Bot.Tracking.Subscriptions.Health;

/// <summary>
/// A tenant's change sources: the last webhook call accepted, the last poll cycle, and when polls were the first to
/// see a change (newest first, capped): with a webhook configured, those are changes the webhook never delivered.
/// </summary>
internal sealed record TenantHealth(DateTimeOffset? WebhookAt, DateTimeOffset? PollAt, IReadOnlyList<DateTimeOffset> PollFirst)
{
    public const int MaxPollFirst = 20;

    public static TenantHealth Never { get; } = new(null, null, []);
}
