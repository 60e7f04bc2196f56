namespace SnowChatOps.Bot.SecureScore.Reminders;

/// <summary>The two reminders a ticket with a due date gets, each once per due date.</summary>
internal enum ReminderKind
{
    DueSoon,
    Overdue,
}
