using Azure.Data.Tables;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.Bot.Tickets.Store;

/// <summary>
/// One tracked ticket as a row, the same shape in the hot set and in the history: PartitionKey = tenant id (tracking
/// works per tenant), RowKey = "table:sys_id" escaped (sys_id is unique per table, and a webhook names both). Rows
/// written before the card columns existed read back with their defaults.
/// </summary>
internal static class TrackedTicketRow
{
    public static string PartitionKey(string tenantId) => TableKey.Escape(tenantId);

    public static string RowKey(TicketTable table, string sysId) => TableKey.Escape($"{table.ToTableName()}:{sysId}");

    public static TableEntity ToEntity(TrackedTicket ticket) => new(PartitionKey(ticket.TenantId), RowKey(ticket.Table, ticket.SysId))
    {
        ["TenantId"] = ticket.TenantId,
        ["Table"] = ticket.Table.ToTableName(),
        ["SysId"] = ticket.SysId,
        ["Number"] = ticket.Number,
        ["ActionId"] = ticket.ActionId,
        ["ConversationId"] = ticket.ConversationId,
        ["CardActivityId"] = ticket.CardActivityId,
        ["LastKnownState"] = ticket.LastKnownState,
        ["UpdatedAt"] = ticket.UpdatedAt,
        ["SharedBy"] = ticket.SharedBy,
        ["Title"] = ticket.Title,
        ["Locale"] = ticket.Locale,
        ["UtcOffsetMinutes"] = (int)ticket.UtcOffset.TotalMinutes,
        ["DueAt"] = ticket.DueAt,
        ["LastModCount"] = ticket.LastModCount,
    };

    public static TrackedTicket ToTicket(TableEntity e) => new(
        e.GetString("TenantId")!,
        TicketTableNames.TryParse(e.GetString("Table"), out var table) ? table.Value : TicketTable.Incident,
        e.GetString("SysId")!,
        e.GetString("Number") ?? string.Empty,
        e.GetString("ActionId") ?? string.Empty,
        e.GetString("ConversationId") ?? string.Empty,
        e.GetString("CardActivityId"),
        e.GetString("LastKnownState") ?? string.Empty,
        e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue)
    {
        SharedBy = e.GetString("SharedBy") ?? "-",
        Title = e.GetString("Title"),
        Locale = e.GetString("Locale") ?? "en-US",
        UtcOffset = TimeSpan.FromMinutes(e.GetInt32("UtcOffsetMinutes") ?? 0),
        DueAt = e.GetDateTimeOffset("DueAt"),
        LastModCount = e.GetInt32("LastModCount"),
    };

    public static bool HasEnded(TableEntity e)
        => TicketTableNames.TryParse(e.GetString("Table"), out var table) && TicketStates.Ended(table.Value, e.GetString("LastKnownState") ?? string.Empty);
}
