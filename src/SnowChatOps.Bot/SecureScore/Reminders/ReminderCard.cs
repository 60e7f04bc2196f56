using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.Text;
using SnowChatOps.Bot.Tickets;

namespace SnowChatOps.Bot.SecureScore.Reminders;

/// <summary>"Due in 24 hours: …" or "Overdue: …", with the due time in the ticket conversation's offset, in the current UI culture.</summary>
internal static class ReminderCard
{
    private const int MaxTitleLength = 120;

    public static AdaptiveCard Build(TrackedTicket ticket, DateTimeOffset dueAt, ReminderKind kind)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var culture = CultureInfo.CurrentCulture;
        var local = dueAt.ToOffset(ticket.UtcOffset);
        var offset = (ticket.UtcOffset < TimeSpan.Zero ? "-" : "+") + ticket.UtcOffset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
        var when = string.Format(culture, SecureScoreText.Reminder_Time, local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), offset);
        var subject = ticket.Title is { Length: > 0 } title
            ? ticket.Number + " · " + UserText.Clean(title, MaxTitleLength).ReplaceLineEndings(" ")
            : ticket.Number;
        var text = string.Format(culture, kind == ReminderKind.Overdue ? SecureScoreText.Reminder_Overdue : SecureScoreText.Reminder_Soon, subject, when);
        return new AdaptiveCard([new TextBlock(text) { Weight = "Bolder", Color = kind == ReminderKind.Overdue ? "Attention" : "Warning" }]);
    }
}
