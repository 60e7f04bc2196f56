namespace SnowChatOps.Bot.SecureScore.Store;

/// <summary>Secure Score's own state: per-tenant settings (and the tenants with a score-drop alert), the last write per control, and pending points confirmations.</summary>
internal interface ISecureScoreStore
{
    Task<SecureScoreSettings> GetSettingsAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>Saves the settings; a tenant with a <see cref="SecureScoreSettings.DropThreshold"/> joins the alert list, one without leaves it.</summary>
    Task SaveSettingsAsync(SecureScoreSettings settings, CancellationToken cancellationToken);

    /// <summary>The tenants with a score-drop threshold (one partition: the cost is the number of such tenants).</summary>
    Task<IReadOnlyList<string>> ListAlertTenantsAsync(CancellationToken cancellationToken);

    /// <summary>Remembers the IANA time zone Teams reported (<c>localTimezone</c>) for a conversation (a channel's root).</summary>
    Task SaveTimeZoneAsync(string tenantId, string conversationId, string timeZone, CancellationToken cancellationToken);

    /// <summary>The tenant's conversations with a known time zone (conversation id → IANA id).</summary>
    Task<IReadOnlyDictionary<string, string>> ListTimeZonesAsync(string tenantId, CancellationToken cancellationToken);

    Task<ControlWrite?> GetWriteAsync(string tenantId, string controlId, CancellationToken cancellationToken);

    Task SaveWriteAsync(ControlWrite write, CancellationToken cancellationToken);

    Task SavePendingAsync(PendingConfirmation pending, CancellationToken cancellationToken);

    /// <summary>Every pending confirmation, all tenants (one partition: the cost is the number pending, not of tickets).</summary>
    Task<IReadOnlyList<PendingConfirmation>> ListPendingAsync(CancellationToken cancellationToken);

    Task DeletePendingAsync(PendingConfirmation pending, CancellationToken cancellationToken);
}
