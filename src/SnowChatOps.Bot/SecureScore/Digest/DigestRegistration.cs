using SnowChatOps.Bot.Hosting;

namespace SnowChatOps.Bot.SecureScore.Digest;

internal static class DigestRegistration
{
    /// <summary>
    /// The daily digest (docs/secure-score.md): the loop (off with <c>SecureScore:Digest:Enabled=false</c>) and the
    /// middleware that remembers each conversation's Teams time zone.
    /// </summary>
    public static IServiceCollection AddDailyDigest(this IServiceCollection services)
    {
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, TimeZoneCaptureMiddleware>();
        services.AddTransient<DigestComposer>();
        services.AddTransient<DigestPoster>();
        services.AddDeferred<DigestPoster>().AddHostedService<DigestService>();
        return services;
    }
}
