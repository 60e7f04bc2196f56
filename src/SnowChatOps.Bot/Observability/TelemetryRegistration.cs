using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SnowChatOps.Bot.Observability;

internal static class TelemetryRegistration
{
    /// <summary>
    /// The instruments alone (no exporters): features that record metrics call this, so any composition of them
    /// (the host, a test harness) has <see cref="Telemetry"/>; the host's <c>AddObservability</c> adds the export.
    /// </summary>
    public static IServiceCollection AddTelemetryInstruments(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<Telemetry>();
        return services;
    }
}
