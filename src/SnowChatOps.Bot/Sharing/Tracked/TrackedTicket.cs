using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Sharing.Tracked;

/// <summary>A ticket SnowChatOps created and keeps an eye on (the tracking feature reads these).</summary>
internal sealed record TrackedTicket(
    string TenantId,
    TicketTable Table,
    string SysId,
    string Number,
    string ActionId,
    string ConversationId,
    string? CardActivityId,
    string LastKnownState,
    DateTimeOffset UpdatedAt);
