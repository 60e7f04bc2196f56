namespace SnowChatOps.Bot.Hosting.IdleTrim;

internal static class IdleTrimRegistration
{
    /// <summary>The idle memory trim: options (validated at start), the traffic clock, its middleware and the loop.</summary>
    public static IServiceCollection AddIdleTrim(this IServiceCollection services)
    {
        services.AddOptions<IdleTrimOptions>().BindConfiguration(IdleTrimOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TrafficClock>();
        services.AddSingleton<TrafficMiddleware>();
        services.AddSingleton<IMemoryTrimmer, GcMemoryTrimmer>();
        services.AddHostedService<IdleTrimService>();
        return services;
    }

    /// <summary>Counts every request but the probes as traffic; first in the pipeline.</summary>
    public static WebApplication UseIdleTrim(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<TrafficMiddleware>();
        return app;
    }
}
