namespace SnowChatOps.Bot.Tracking.Store;

/// <summary>
/// A tenant's tracking settings: the webhook secret ServiceNow signs with (decrypted here; encrypted at rest) and the
/// conversation chosen for state-change notifications (null: each ticket's own conversation).
/// </summary>
internal sealed record TenantTracking(string TenantId, string? WebhookSecret, string? NotificationConversationId, string? NotificationLocale)
{
    public override string ToString() => $"TenantTracking {{ TenantId = {TenantId}, WebhookSecret = ***, NotificationConversationId = {NotificationConversationId} }}";
}
