using SnowChatOps.Bot.Hosting;

namespace SnowChatOps.Bot.SecureScore.Alerts;

internal static class AlertsRegistration
{
    /// <summary>
    /// The score-drop alert (docs/secure-score.md): the check loop (off with <c>SecureScore:Alerts:Enabled=false</c>) over
    /// the snapshot source, Tracking's subscriptions and Proactive's messenger; thresholds live in Secure Score's settings.
    /// </summary>
    public static IServiceCollection AddScoreDropAlerts(this IServiceCollection services)
    {
        services.AddOptions<ScoreDropOptions>().BindConfiguration(ScoreDropOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddTransient<ScoreDropPoster>();
        services.AddTransient<ScoreDropChecker>();
        services.AddDeferred<ScoreDropChecker>().AddHostedService<ScoreDropService>();
        return services;
    }
}
