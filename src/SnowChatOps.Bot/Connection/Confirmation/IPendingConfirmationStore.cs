namespace SnowChatOps.Bot.Connection.Confirmation;

/// <summary>Sign-ins waiting for the admin's confirmation. A confirmation can be consumed once.</summary>
internal interface IPendingConfirmationStore
{
    Task SaveAsync(PendingConfirmation confirmation, CancellationToken cancellationToken);

    /// <summary>The confirmation for <paramref name="id"/>, left in place; null if unknown or already used.</summary>
    Task<PendingConfirmation?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Removes and returns the confirmation for <paramref name="id"/>; null if unknown or already used.</summary>
    Task<PendingConfirmation?> TryConsumeAsync(string id, CancellationToken cancellationToken);

    /// <summary>Removes and returns every confirmation of <paramref name="tenantId"/> (its tokens are then the caller's to revoke).</summary>
    Task<IReadOnlyList<PendingConfirmation>> ConsumeForTenantAsync(string tenantId, CancellationToken cancellationToken);
}
