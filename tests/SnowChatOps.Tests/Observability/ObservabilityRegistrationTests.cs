using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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
