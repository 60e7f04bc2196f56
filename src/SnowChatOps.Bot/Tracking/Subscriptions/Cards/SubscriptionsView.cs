using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tracking.Subscriptions.Health;

namespace SnowChatOps.Bot.Tracking.Subscriptions.Cards;

/// <summary>
/// The subscriptions part of the notifications card: each subscription with its health, which one is the admin's
/// conversation (<see cref="HereId"/>), the tenant's change sources, and the tenant's state names for the filters.
/// </summary>
internal sealed record SubscriptionsView(
    IReadOnlyList<Subscription> Subscriptions,
    NotificationHealth Health,
    string? HereId,
    IReadOnlyList<(TicketTable Table, DateTimeOffset Since)> Watermarks,
    int StaleChanges,
    Func<TicketTable, string, string> StateName);
