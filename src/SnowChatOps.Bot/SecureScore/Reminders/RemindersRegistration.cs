using SnowChatOps.Bot.Hosting;

namespace SnowChatOps.Bot.SecureScore.Reminders;

internal static class RemindersRegistration
{
    /// <summary>
    /// Due-date reminders (docs/secure-score.md): the check loop (off with <c>SecureScore:Reminders:Enabled=false</c>) over
    /// Tickets' due-date index, ServiceNow, Proactive's messenger and the tenant's quiet hours in Secure Score's settings.
    /// </summary>
    public static IServiceCollection AddDueReminders(this IServiceCollection services)
    {
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddTransient<DueReminderPoster>();
        services.AddTransient<DueReminders>();
        services.AddDeferred<DueReminders>().AddHostedService<DueReminderService>();
        return services;
    }
}
