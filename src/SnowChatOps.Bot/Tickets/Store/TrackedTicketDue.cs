using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Tickets.Store;

/// <summary>One row of the due-date index: which ticket, and the due date it was indexed under.</summary>
internal sealed record TrackedTicketDue(string TenantId, TicketTable Table, string SysId, DateTimeOffset DueAt);
