namespace SnowChatOps.Bot.Tracking.Outbox;

/// <summary>What one delivery attempt came to. <see cref="Reason"/> is a fixed code for the delivery log, never free text.</summary>
internal sealed record DeliveryResult(DeliveryOutcome Outcome, string Reason, TimeSpan RetryAfter = default)
{
    /// <summary>For <see cref="DeliveryOutcome.Redirected"/>: the fallback item written (null when it already existed).</summary>
    public OutboxItem? Fallback { get; init; }

    public static readonly DeliveryResult Delivered = new(DeliveryOutcome.Delivered, "delivered");

    public static DeliveryResult Retry(string reason, TimeSpan after) => new(DeliveryOutcome.Retry, reason, after);

    public static DeliveryResult Failed(string reason) => new(DeliveryOutcome.Failed, reason);

    /// <summary>The target refused the bot; the fallback got its own item.</summary>
    public static DeliveryResult Redirected(string reason, OutboxItem? fallback) => new(DeliveryOutcome.Redirected, reason) { Fallback = fallback };
}
