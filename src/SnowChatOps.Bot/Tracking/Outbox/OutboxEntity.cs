using Azure.Data.Tables;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.Bot.Tracking.Outbox;

/// <summary>Maps <see cref="OutboxItem"/> to and from its Table row; nothing outside the store sees the entity.</summary>
internal static class OutboxEntity
{
    public static string Partition(OutboxItem item) => TableKey.Escape(item.TenantId);

    // '~' is no Table key character to escape and appears in neither part's own grammar as a separator.
    public static string Row(OutboxItem item) => TableKey.Escape(item.ChangeKey + "~" + item.ItemId);

    public static TableEntity From(OutboxItem item) => new(Partition(item), Row(item))
    {
        ["TenantId"] = item.TenantId,
        ["ChangeKey"] = item.ChangeKey,
        ["ItemId"] = item.ItemId,
        ["Work"] = item.Work.ToString(),
        ["Table"] = item.Table.ToTableName(),
        ["SysId"] = item.SysId,
        ["Number"] = item.Number,
        ["FromState"] = item.FromState,
        ["ToState"] = item.ToState,
        ["FromName"] = item.FromName,
        ["ToName"] = item.ToName,
        ["UpdatedBy"] = item.UpdatedBy,
        ["Link"] = item.Link,
        ["ConversationId"] = item.ConversationId,
        ["Locale"] = item.Locale,
        ["SubscriptionId"] = item.SubscriptionId,
        ["OwnConversationId"] = item.OwnConversationId,
        ["OwnLocale"] = item.OwnLocale,
        ["Handler"] = item.Handler,
        ["Attempts"] = item.Attempts,
        ["CreatedAt"] = item.CreatedAt,
        ["DueAt"] = item.DueAt,
    };

    public static OutboxItem ToItem(TableEntity entity) => new(
        entity.GetString("TenantId")!, entity.GetString("ChangeKey")!, entity.GetString("ItemId")!, Enum.Parse<OutboxWork>(entity.GetString("Work")!))
    {
        Table = TicketTableNames.TryParse(entity.GetString("Table"), out var table) ? table.Value : TicketTable.Incident,
        SysId = entity.GetString("SysId")!,
        Number = entity.GetString("Number") ?? string.Empty,
        FromState = entity.GetString("FromState") ?? string.Empty,
        ToState = entity.GetString("ToState") ?? string.Empty,
        FromName = entity.GetString("FromName") ?? string.Empty,
        ToName = entity.GetString("ToName") ?? string.Empty,
        UpdatedBy = entity.GetString("UpdatedBy"),
        Link = entity.GetString("Link"),
        ConversationId = entity.GetString("ConversationId"),
        Locale = entity.GetString("Locale"),
        SubscriptionId = entity.GetString("SubscriptionId"),
        OwnConversationId = entity.GetString("OwnConversationId")!,
        OwnLocale = entity.GetString("OwnLocale"),
        Handler = entity.GetString("Handler"),
        Attempts = entity.GetInt32("Attempts") ?? 0,
        CreatedAt = entity.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        DueAt = entity.GetDateTimeOffset("DueAt") ?? DateTimeOffset.MinValue,
        Version = entity.ETag.ToString(),
    };
}
