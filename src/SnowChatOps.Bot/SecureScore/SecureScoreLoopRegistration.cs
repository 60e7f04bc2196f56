using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Hosting;
using SnowChatOps.Bot.SecureScore.Alerts;
using SnowChatOps.Bot.SecureScore.Confirmation;
using SnowChatOps.Bot.SecureScore.Digest;
using SnowChatOps.Bot.SecureScore.Reminders;
using SnowChatOps.Bot.SecureScore.Settings;
using SnowChatOps.Bot.SecureScore.Store;
using SnowChatOps.Bot.SecureScore.WriteBack;
using SnowChatOps.Bot.Tracking.Delivery;

namespace SnowChatOps.Bot.SecureScore;

internal static class SecureScoreLoopRegistration
{
    /// <summary>
    /// Closing the loop (docs/secure-score.md): state written back to Secure Score as an <see cref="ITicketChangeHandler"/>,
    /// the points confirmation loop (off with <c>SecureScore:Confirmations:Enabled=false</c>), the score-drop alert, due-date reminders, the daily digest and the admin settings card.
    /// Needs storage, Tickets/, Proactive/ and the Connection feature's admin gate.
    /// </summary>
    public static IServiceCollection AddSecureScoreLoop(this IServiceCollection services)
    {
        services.AddOptions<PointsConfirmationOptions>().BindConfiguration(PointsConfirmationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ISecureScoreStore, TableSecureScoreStore>();
        services.AddTransient<PointsConfirmations>();
        services.AddTransient<SecureScoreWriteBack>();
        services.AddTransient<ITicketChangeHandler>(sp => sp.GetRequiredService<SecureScoreWriteBack>());
        services.AddTransient<PointsAnnouncer>();
        services.AddTransient<PointsConfirmer>();
        services.AddDeferred<PointsConfirmer>().AddHostedService<PointsConfirmationService>();
        services.AddScoreDropAlerts();
        services.AddDueReminders();
        services.AddDailyDigest();
        return services
            .AddChatCommand<SecureScoreSettingsCommand>(SecureScoreVerbs.Settings)
            .AddChatCommand<SecureScoreSettingsSaveCommand>(SecureScoreVerbs.SettingsSave);
    }
}
