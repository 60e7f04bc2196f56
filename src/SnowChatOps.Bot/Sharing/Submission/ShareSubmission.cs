using SnowChatOps.Bot.Sharing.Form;

namespace SnowChatOps.Bot.Sharing.Submission;

/// <summary>
/// One press of "Send to ServiceNow", persisted before ServiceNow is called so that a double click, a retried
/// invoke, a restart or a timeout can never produce a second ticket. <see cref="Version"/> is the store's opaque
/// concurrency token (an ETag); writes with a stale version fail.
/// </summary>
internal sealed record ShareSubmission
{
    public required string TenantId { get; init; }

    public required string CorrelationId { get; init; }

    public required ShareForm Form { get; init; }

    public required SubmissionStatus Status { get; init; }

    public SubmissionHold Hold { get; init; }

    /// <summary>
    /// The Teams user who created it (Entra object id, else the channel account id): only they may press its
    /// buttons or resend its form (<see cref="BelongsTo"/>).
    /// </summary>
    public string OwnerId { get; init; } = string.Empty;

    /// <summary>"Display name (AAD object id)" of the Teams user who sent it.</summary>
    public required string InitiatedBy { get; init; }

    /// <summary>The display name shown on the ticket card as "shared by".</summary>
    public required string SharedBy { get; init; }

    public required string ConversationId { get; init; }

    /// <summary>The card (the form) that the ticket card replaces; null when unknown.</summary>
    public string? CardActivityId { get; init; }

    /// <summary>The user's culture name (en-US, zh-CN) for cards built outside their turn.</summary>
    public required string Locale { get; init; }

    /// <summary>The user's UTC offset when they sent it; due dates are shown and sent in it.</summary>
    public TimeSpan UtcOffset { get; init; }

    /// <summary>How many times a create was started; above zero, look the ticket up by correlation id first.</summary>
    public int Attempts { get; init; }

    public DateTimeOffset? NextAttemptAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public CreatedTicket? Ticket { get; init; }

    /// <summary>ServiceNow's own error text after a refusal (never our secrets).</summary>
    public string? Error { get; init; }

    public string? Version { get; init; }

    /// <summary>Rows stored before <see cref="OwnerId"/> existed name their owner only inside <see cref="InitiatedBy"/>.</summary>
    public bool BelongsTo(string userId) =>
        OwnerId.Length > 0 ? string.Equals(OwnerId, userId, StringComparison.Ordinal) : InitiatedBy.EndsWith($"({userId})", StringComparison.Ordinal);
}
