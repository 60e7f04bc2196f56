using Microsoft.Extensions.Options;
using SnowChatOps.Bot.SecureScore.Store;
using SnowChatOps.Bot.Tickets;

namespace SnowChatOps.Bot.SecureScore.Reminders;

/// <summary>
/// One reminder cycle: the open tickets due within <see cref="ReminderOptions.Lead"/> or overdue and not yet reminded
/// (Tickets' due-date index, so the cost is the tickets due soon), each reminded by <see cref="DueReminderPoster"/>
/// unless the tenant's quiet hours hold in the ticket's conversation: then it waits for a cycle after they end.
/// </summary>
internal sealed class DueReminders(
    TrackedTickets tickets, ISecureScoreStore store, DueReminderPoster poster, IOptions<ReminderOptions> options, TimeProvider time,
    ILogger<DueReminders> logger)
{
    /// <returns>How many reminders this call posted.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var quiet = new Dictionary<string, QuietHours?>(StringComparer.Ordinal);
        var posted = 0;
        foreach (var ticket in await tickets.ListDueByAsync(now + options.Value.Lead, cancellationToken))
        {
            var dueAt = ticket.DueAt!.Value;
            var kind = now >= dueAt ? ReminderKind.Overdue : ReminderKind.DueSoon;
            if (!quiet.TryGetValue(ticket.TenantId, out var hours))
            {
                quiet[ticket.TenantId] = hours = (await store.GetSettingsAsync(ticket.TenantId, cancellationToken)).Quiet;
            }

            if (hours is not null && hours.Contains(LocalTime(now, ticket)))
            {
                logger.ReminderDeferred(ticket.TenantId, ticket.Number, kind);
                continue;
            }

            posted += await poster.RemindAsync(ticket, dueAt, kind, cancellationToken) ? 1 : 0;
        }

        return posted;
    }

    /// <summary>
    /// The conversation's wall clock: the ticket's thread is where it was shared, and the only local time the bot knows
    /// for it is the sharer's UTC offset recorded then (Teams' <c>localTimestamp</c>); none recorded reads as UTC.
    /// </summary>
    private static TimeOnly LocalTime(DateTimeOffset now, TrackedTicket ticket) => TimeOnly.FromDateTime(now.ToOffset(ticket.UtcOffset).DateTime);
}
