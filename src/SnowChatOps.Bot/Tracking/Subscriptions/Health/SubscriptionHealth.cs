namespace SnowChatOps.Bot.Tracking.Subscriptions.Health;

/// <summary>The last delivery outcomes of one subscription (or of the tickets' own conversations). Reasons are fixed codes.</summary>
internal sealed record SubscriptionHealth(DateTimeOffset? DeliveredAt, string? DeliveredTicket, DateTimeOffset? FailedAt, string? FailureReason)
{
    public static SubscriptionHealth Never { get; } = new(null, null, null, null);

    /// <summary>True when the last outcome was a failure.</summary>
    public bool Failing => FailedAt is { } failed && (DeliveredAt is not { } delivered || failed > delivered);
}
