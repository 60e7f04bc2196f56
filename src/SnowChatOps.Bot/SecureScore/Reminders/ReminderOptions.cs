using System.ComponentModel.DataAnnotations;

namespace SnowChatOps.Bot.SecureScore.Reminders;

/// <summary>Section <c>SecureScore:Reminders</c>: due-date reminders on a shared ticket's thread.</summary>
internal sealed class ReminderOptions
{
    public const string Section = "SecureScore:Reminders";

    /// <summary>The background check; off in tests, which call <see cref="DueReminders.RunOnceAsync"/>.</summary>
    public bool Enabled { get; set; } = true;

    [Range(typeof(TimeSpan), "00:01:00", "06:00:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long before the due date the first reminder is posted.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "7.00:00:00")]
    public TimeSpan Lead { get; set; } = TimeSpan.FromHours(24);
}
