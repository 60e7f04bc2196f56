using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.SecureScore.Store;

/// <summary>
/// A resolved or closed ticket waiting for its control's points to rise: the control's points when it was resolved
/// (null: unknown then, taken from the next snapshot read) and when it was resolved (the 72 h clock).
/// </summary>
internal sealed record PendingConfirmation(
    string TenantId, TicketTable Table, string SysId, string ActionId, string ChangeKey, DateTimeOffset ResolvedAt, double? Baseline)
{
    /// <summary>One pending confirmation per ticket; a later resolution replaces the earlier one.</summary>
    public string Key => $"{TenantId}|{Table.ToTableName()}:{SysId}";
}
