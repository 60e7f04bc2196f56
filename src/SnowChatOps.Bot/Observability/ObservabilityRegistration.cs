using Microsoft.Bot.Builder;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace SnowChatOps.Bot.Observability;

internal static class ObservabilityRegistration
{
    /// <summary>
    /// Traces and metrics for turns, inbound requests and outbound HTTP (ServiceNow, Graph, Bot Connector).
    /// Exported over OTLP only when OTEL_EXPORTER_OTLP_ENDPOINT is set (for example by an Aspire dashboard).
    /// </summary>
    public static IServiceCollection AddObservability(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<Telemetry>();
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, TurnTelemetryMiddleware>();
        var otel = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("snowchatops-bot"))
            .WithTracing(t => t.AddSource(Telemetry.Name).AddSource("SnowChatOps.*").AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
            .WithMetrics(m => m.AddMeter(Telemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation());
        if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter();
        }

        return services;
    }
}
