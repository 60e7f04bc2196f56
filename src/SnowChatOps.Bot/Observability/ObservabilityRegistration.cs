using System.Runtime.CompilerServices;
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
    /// set (for example by an Aspire dashboard). With neither, no OpenTelemetry provider is registered at all: nothing
    /// would leave the process, and the providers' listeners, instrumentation and assemblies cost memory and work per
    /// request for nothing. The instruments and spans are still created (in-process listeners, tests and
    /// <c>dotnet-counters</c> see them), and ASP.NET Core still starts a request <see cref="System.Diagnostics.Activity"/>
    /// for logging, whose trace id is the error reference users are shown.
    /// </summary>
    public static IServiceCollection AddObservability(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTelemetryInstruments();
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, TurnTelemetryMiddleware>();
        var azureMonitor = configuration[AzureMonitorSetting];
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpSetting]);
        if (string.IsNullOrWhiteSpace(azureMonitor) && !otlp)
        {
            return services;
        }

        AddExport(services, azureMonitor, otlp);
        return services;
    }

    // Its own method, never inlined: the JIT loads the OpenTelemetry and Azure Monitor assemblies a method refers to
    // when it compiles that method, so without an exporter they are never loaded.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddExport(IServiceCollection services, string? azureMonitor, bool otlp)
    {
        var otel = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("snowchatops-bot"))
            .WithTracing(t => t.AddSource(Telemetry.Name).AddSource("SnowChatOps.*").AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
            .WithMetrics(m => m.AddMeter(Telemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation());
        if (!string.IsNullOrWhiteSpace(azureMonitor))
        {
            otel.UseAzureMonitor(o => o.ConnectionString = azureMonitor);
        }

        if (otlp)
        {
            otel.UseOtlpExporter();
        }
    }
}
