using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using SnowChatOps.Bot.Observability;
using SnowChatOps.Bot.ServiceNow;
using static SnowChatOps.IntegrationTests.ServiceNow.EmulatorBackedServiceNow;

namespace SnowChatOps.IntegrationTests.ServiceNow;

public sealed class ServiceNowMetricsEmulatorTests : IAsyncDisposable
{
    private readonly EmulatorBackedServiceNow snow = new();
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task ConnectThenCreate_CountsEachAttemptByApiAndStatusClass()
    {
        using var requests = new MetricCollector<long>(snow.Services.GetRequiredService<IMeterFactory>(), Telemetry.Name, "snowchatops.servicenow.requests");

        await snow.ConnectAsync(TenantA, Instance, ct);
        await snow.Client.CreateTicketAsync(TenantA, ServiceNowClientEmulatorTests.ATicket(TicketTable.Incident, priority: 3), ct);

        var seen = requests.GetMeasurementSnapshot().Select(m => ((string)m.Tags["api"]!, (string)m.Tags["status_class"]!)).ToList();
        Assert.Contains(("oauth", "2xx"), seen);
        Assert.Contains(("table", "2xx"), seen);
        Assert.DoesNotContain(seen, s => s.Item2 == "error");
    }

    public ValueTask DisposeAsync() => snow.DisposeAsync();
}
