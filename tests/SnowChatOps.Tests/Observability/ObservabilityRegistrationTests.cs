using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using SnowChatOps.Bot.Observability;

namespace SnowChatOps.Tests.Observability;

public sealed class ObservabilityRegistrationTests
{
    [Fact]
    public void AddObservability_ApplicationInsightsConnectionString_AddsTheAzureMonitorExporter()
    {
        var services = Register(new() { ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/" });

        Assert.Contains(services, IsAzureMonitor);
    }

    [Fact]
    public void AddObservability_NoConnectionString_ExportsNothingToAzureMonitor()
    {
        var services = Register([]);

        Assert.DoesNotContain(services, IsAzureMonitor);
    }

    [Fact]
    public void AddObservability_NoExporterConfigured_RegistersNoTracerOrMeterProvider()
    {
        using var provider = Register([]).AddLogging().BuildServiceProvider();

        Assert.Null(provider.GetService<TracerProvider>());
        Assert.Null(provider.GetService<MeterProvider>());
        Assert.DoesNotContain(Register([]), d => d.ServiceType.Assembly.GetName().Name?.StartsWith("OpenTelemetry", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void AddObservability_NoExporterConfigured_InstrumentsStillReachInProcessListeners()
    {
        using var provider = Register([]).AddLogging().BuildServiceProvider();
        var telemetry = provider.GetRequiredService<Telemetry>();
        using var turns = new MetricCollector<long>(telemetry.Turns);

        telemetry.Turns.Add(1);

        Assert.Equal(1, Assert.Single(turns.GetMeasurementSnapshot()).Value);
    }

    [Fact]
    public void AddObservability_OtlpEndpoint_RegistersTracerAndMeterProviders()
    {
        using var provider = Register(new() { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9" }).AddLogging().BuildServiceProvider();

        Assert.NotNull(provider.GetService<TracerProvider>());
        Assert.NotNull(provider.GetService<MeterProvider>());
    }

    private static ServiceCollection Register(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddObservability(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services;
    }

    private static bool IsAzureMonitor(ServiceDescriptor descriptor) =>
        new[] { descriptor.ServiceType, descriptor.ImplementationType }
            .Any(t => t?.Namespace?.StartsWith("Azure.Monitor.OpenTelemetry", StringComparison.Ordinal) == true)
        || descriptor.ImplementationInstance?.GetType().Namespace?.StartsWith("Azure.Monitor.OpenTelemetry", StringComparison.Ordinal) == true;
}
