using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tracking.Subscriptions.Health;

namespace SnowChatOps.Bot.Tracking.Subscriptions.Cards;

/// <summary>Subscriptions and their health in words, in the current UI culture. Only our own values and cleaned names appear.</summary>
internal static class SubscriptionText
{
    public static string Conversation(Subscription s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var type = s.ConversationType switch
        {
            "channel" => SubscriptionsText.Type_Channel,
            "groupChat" => SubscriptionsText.Type_GroupChat,
            _ => SubscriptionsText.Type_Personal,
        };
        return string.IsNullOrWhiteSpace(s.Name) ? type : Format(SubscriptionsText.Named, type, s.Name);
    }

    public static string Filter(SubscriptionFilter filter, Func<TicketTable, string, string> stateName)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Equals(SubscriptionFilter.None))
        {
            return SubscriptionsText.Filter_All;
        }

        var parts = new List<string>
        {
            filter.Table switch
            {
                TicketTable.Incident => SubscriptionsText.Filter_Incidents,
                TicketTable.ChangeRequest => SubscriptionsText.Filter_Changes,
                _ => SubscriptionsText.Filter_BothTables,
            },
        };
        if (filter.MaxPriority is { } p)
        {
            parts.Add(Format(SubscriptionsText.Filter_Priority, Priority(p)));
        }

        if (filter.States.Count > 0)
        {
            parts.Add(Format(SubscriptionsText.Filter_States, string.Join(", ", filter.States.Select(k => State(k, stateName, filter.Table is null)))));
        }

        if (filter.Category is { } c)
        {
            parts.Add(Format(SubscriptionsText.Filter_Category, Category(c)));
        }

        return string.Join(" · ", parts);
    }

    public static string Health(SubscriptionHealth health)
    {
        ArgumentNullException.ThrowIfNull(health);
        var delivered = health.DeliveredAt is { } at
            ? Format(SubscriptionsText.Health_Delivered, health.DeliveredTicket ?? "-", Time(at))
            : SubscriptionsText.Health_NeverDelivered;
        return health.Failing ? $"{delivered} {Format(SubscriptionsText.Health_Failed, Time(health.FailedAt!.Value), Reason(health.FailureReason))}" : delivered;
    }

    public static string Reason(string? code) => code switch
    {
        "not-found" => SubscriptionsText.Reason_NotFound,
        "forbidden" => SubscriptionsText.Reason_Forbidden,
        _ => Format(SubscriptionsText.Reason_Other, Text.UserText.Clean(code, 40)),
    };

    public static string Time(DateTimeOffset at) => CardTime.Instant(at);

    public static string Priority(int priority) => SubscriptionsText.ResourceManager.GetString($"Priority_{priority}", CultureInfo.CurrentUICulture) ?? priority.ToString(CultureInfo.InvariantCulture);

    public static string Category(ActionCategory category) => SubscriptionsText.ResourceManager.GetString($"Category_{category}", CultureInfo.CurrentUICulture) ?? category.ToString();

    public static string TableName(TicketTable table) => table == TicketTable.Incident ? SubscriptionsText.Filter_Incidents : SubscriptionsText.Filter_Changes;

    public static string State(string key, Func<TicketTable, string, string> stateName, bool withTable)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || !TicketTableNames.TryParse(key[..colon], out var table))
        {
            return key;
        }

        var name = stateName(table.Value, key[(colon + 1)..]);
        return withTable ? Format(SubscriptionsText.Form_StateOption, TableName(table.Value), name) : name;
    }

    public static string Format(string format, params object[] args) => string.Format(CultureInfo.CurrentCulture, format, args);
}
