using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tracking.Delivery;

namespace SnowChatOps.Bot.Tracking.Subscriptions;

/// <summary>
/// What a subscription hears about. Null or empty means "any": <see cref="Table"/> (incident / change request),
/// <see cref="MaxPriority"/> (ServiceNow priority 1 critical … 5 planning: "priority 2 or higher" is 2),
/// <see cref="States"/> (target states as <see cref="Tickets.TicketStates.Key"/> keys, e.g. <c>incident:6</c>),
/// <see cref="Category"/> (the Secure Score category of the ticket's improvement action).
/// </summary>
internal sealed record SubscriptionFilter(TicketTable? Table, int? MaxPriority, IReadOnlyList<string> States, ActionCategory? Category)
{
    public static SubscriptionFilter None { get; } = new(null, null, [], null);

    public bool NeedsCategory => Category is not null;

    /// <param name="category">The ticket's action category; only read when <see cref="NeedsCategory"/>.</param>
    public bool Matches(NotificationSubject subject, ActionCategory? category)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var table = subject.Ticket.Table;
        if (Table is { } onlyTable && onlyTable != table)
        {
            return false;
        }

        // An unknown priority never passes a priority filter: a noisy channel is worse than a missed low one.
        if (MaxPriority is { } max && (subject.Priority is not { } priority || priority > max))
        {
            return false;
        }

        if (States.Count > 0 && !States.Contains(Tickets.TicketStates.Key(table, subject.ToState), StringComparer.Ordinal))
        {
            return false;
        }

        return Category is null || Category == category;
    }

    public bool Equals(SubscriptionFilter? other) => other is not null && Table == other.Table && MaxPriority == other.MaxPriority
        && Category == other.Category && States.SequenceEqual(other.States, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Table, MaxPriority, Category, States.Count);
}
