namespace SnowChatOps.Bot.ServiceNow;

/// <summary>
/// The <c>correlation_id</c> every ticket SnowChatOps creates carries: <see cref="Prefix"/> + 32 lowercase hex digits.
/// Sharing mints them; the delta poller asks ServiceNow only for records with this prefix.
/// </summary>
internal static class CorrelationIds
{
    public const string Prefix = "snowchatops-";
}
