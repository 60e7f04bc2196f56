using System.Globalization;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.Text;
using SnowChatOps.Bot.Tickets;

namespace SnowChatOps.Bot.SecureScore.Reminders;

/// <summary>"Due in 24 hours: …" or "Overdue: …", with the due time in each reader's own time zone (<see cref="CardTime"/>), in the current UI culture.</summary>
internal static class ReminderCard
{
    private const int MaxTitleLength = 120;

    public static AdaptiveCard Build(TrackedTicket ticket, DateTimeOffset dueAt, ReminderKind kind)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var culture = CultureInfo.CurrentCulture;
        var when = CardTime.Instant(dueAt);
        var subject = ticket.Title is { Length: > 0 } title
            ? ticket.Number + " · " + CardMarkdown.Line(title, MaxTitleLength)
            : ticket.Number;
        var text = string.Format(culture, kind == ReminderKind.Overdue ? SecureScoreText.Reminder_Overdue : SecureScoreText.Reminder_Soon, subject, when);
        return new AdaptiveCard([new TextBlock(text) { Weight = "Bolder", Color = kind == ReminderKind.Overdue ? "Attention" : "Warning" }]);
    }
}
