using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace SnowChatOps.Bot.Observability;

internal static class ObservabilityRegistration
{
    public const string AzureMonitorSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string OtlpSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// Traces and metrics for turns, inbound requests, outbound HTTP (ServiceNow, Graph, Bot Connector) and our own
    /// instruments (<see cref="Telemetry"/>). Exported to Azure Monitor (Application Insights) when
    /// APPLICATIONINSIGHTS_CONNECTION_STRING is set (infra/ sets it), and over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is
    /// set (for example by an Aspire dashboard); with neither, nothing leaves the process.
    /// </summary>
    public static IServiceCollection AddObservability(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTelemetryInstruments();
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, TurnTelemetryMiddleware>();
        var otel = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("snowchatops-bot"))
            .WithTracing(t => t.AddSource(Telemetry.Name).AddSource("SnowChatOps.*").AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
            .WithMetrics(m => m.AddMeter(Telemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation());
        if (!string.IsNullOrWhiteSpace(configuration[AzureMonitorSetting]))
        {
            otel.UseAzureMonitor(o => o.ConnectionString = configuration[AzureMonitorSetting]);
        }

        if (!string.IsNullOrWhiteSpace(configuration[OtlpSetting]))
        {
            otel.UseOtlpExporter();
        }

        return services;
    }
}
