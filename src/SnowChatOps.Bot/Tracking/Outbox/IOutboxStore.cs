namespace SnowChatOps.Bot.Tracking.Outbox;

/// <summary>
/// The durable outbox. Pending items and the "done" marks of finished ones are kept apart, so a sweep reads
/// pending work only (O(pending)) and a finished item can never be written again. Every change of a pending item
/// is guarded by its <see cref="OutboxItem.Version"/>: of several instances, exactly one wins each claim.
/// </summary>
internal interface IOutboxStore
{
    /// <summary>Writes a new pending item and returns it with its version; null when it is already pending or done (a replay).</summary>
    Task<OutboxItem?> AddAsync(OutboxItem item, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="max"/> pending items whose <see cref="OutboxItem.DueAt"/> is at or before <paramref name="now"/>.</summary>
    Task<IReadOnlyList<OutboxItem>> ListDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the item until <paramref name="until"/> (its DueAt moves there, its attempt count goes up): null when
    /// another instance changed it first. A claimer that dies leaves the item due again at <paramref name="until"/>.
    /// </summary>
    Task<OutboxItem?> TryClaimAsync(OutboxItem item, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Moves a claimed item's DueAt (a retry or a pacing slot); false when the claim was lost.</summary>
    Task<bool> RescheduleAsync(OutboxItem item, DateTimeOffset dueAt, CancellationToken cancellationToken);

    /// <summary>Whether the item was finished (by anyone).</summary>
    Task<bool> IsDoneAsync(OutboxItem item, CancellationToken cancellationToken);

    /// <summary>Marks the item finished with <paramref name="outcome"/> (the first outcome stays), then removes it from pending.</summary>
    Task CompleteAsync(OutboxItem item, string outcome, CancellationToken cancellationToken);
}
