namespace SnowChatOps.Bot.SecureScore.Store;

/// <summary>Secure Score's own state: per-tenant settings, the last write per control, and pending points confirmations.</summary>
internal interface ISecureScoreStore
{
    Task<SecureScoreSettings> GetSettingsAsync(string tenantId, CancellationToken cancellationToken);

    Task SaveSettingsAsync(SecureScoreSettings settings, CancellationToken cancellationToken);

    Task<ControlWrite?> GetWriteAsync(string tenantId, string controlId, CancellationToken cancellationToken);

    Task SaveWriteAsync(ControlWrite write, CancellationToken cancellationToken);

    Task SavePendingAsync(PendingConfirmation pending, CancellationToken cancellationToken);

    /// <summary>Every pending confirmation, all tenants (one partition: the cost is the number pending, not of tickets).</summary>
    Task<IReadOnlyList<PendingConfirmation>> ListPendingAsync(CancellationToken cancellationToken);

    Task DeletePendingAsync(PendingConfirmation pending, CancellationToken cancellationToken);
}
