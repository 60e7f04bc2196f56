using System.Net;
using Microsoft.Extensions.Logging.Testing;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Errors;
using SnowChatOps.TestSupport.Harness;
using SnowChatOps.Tests.ServiceNow.Fakes;

namespace SnowChatOps.Tests.ServiceNow;

public sealed class ServiceNowResilienceFixtureTests : IDisposable
{
    private const string Tenant = ServiceNowTestHost.Tenant;
    private readonly ServiceNowTestHost host = new ServiceNowTestHost().Connected(DateTimeOffset.MaxValue);
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_429WithRetryAfter_WaitsRetryAfterThenSucceeds()
    {
        var time = new RetryDelaySignalingTimeProvider(TimeSpan.FromSeconds(1));
        using var paced = new ServiceNowTestHost(time).Connected(DateTimeOffset.MaxValue);
        paced.Network
            .Expect(HttpMethod.Get, "/api/now/table/incident/a1", HttpStatusCode.TooManyRequests, "error-429-rate-limit.json", r => r.Headers.Add("Retry-After", "1"))
            .Expect(HttpMethod.Get, "/api/now/table/incident/a1", HttpStatusCode.OK, "incident-created.json");

        var call = paced.Client.GetTicketAsync(Tenant, TicketTable.Incident, "a1", ct);
        await time.WatchedDelayScheduled.Task.WaitAsync(ct);
        Assert.False(call.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        var ticket = await call;

        Assert.NotNull(ticket);
        var retry = Assert.Single(paced.Logs.Collector.GetSnapshot(), r => r.Id.Id == 4005);
        Assert.Equal(TimeSpan.FromSeconds(1).ToString(), retry.StructuredState!.Single(p => p.Key == "Delay").Value);
    }

    [Fact]
    public async Task Get_429RetryAfterBeyondCap_SurfacesRateLimited()
    {
        host.Network.Expect(HttpMethod.Get, "/api/now/table/incident/a1", HttpStatusCode.TooManyRequests, "error-429-rate-limit.json", r => r.Headers.Add("Retry-After", "3600"));

        var error = await Assert.ThrowsAsync<ServiceNowRateLimitedException>(() => host.Client.GetTicketAsync(Tenant, TicketTable.Incident, "a1", ct));

        Assert.Equal(TimeSpan.FromHours(1), error.RetryAfter);
        Assert.Equal("Rate limit exceeded", error.ServiceNowMessage);
    }

    [Fact]
    public async Task Get_Repeated503_OpensCircuitForTheInstance()
    {
        host.Network
            .Expect(HttpMethod.Get, "/api/now/table/incident/a1", HttpStatusCode.ServiceUnavailable, "error-503.json")
            .Expect(HttpMethod.Get, "/api/now/table/incident/a1", HttpStatusCode.ServiceUnavailable, "error-503.json");

        var first = await Assert.ThrowsAsync<ServiceNowUnavailableException>(() => host.Client.GetTicketAsync(Tenant, TicketTable.Incident, "a1", ct));
        var second = await Assert.ThrowsAsync<ServiceNowUnavailableException>(() => host.Client.GetTicketAsync(Tenant, TicketTable.Incident, "a1", ct));

        Assert.True(first.IsCircuitOpen);
        Assert.True(second.IsCircuitOpen);
        Assert.Equal(2, host.Network.Received.Count);
        Assert.Contains(host.Logs.Collector.GetSnapshot(), r => r.Id.Id == 4006);
    }

    [Fact]
    public async Task Get_UnreachableHost_MapsToUnavailable()
    {
        host.Network
            .ExpectFailure(HttpMethod.Get, "/api/now/table/incident/a1", new HttpRequestException("Name or service not known"))
            .Expect(HttpMethod.Get, "/api/now/table/incident/a1", HttpStatusCode.OK, "incident-created.json");

        var ticket = await host.Client.GetTicketAsync(Tenant, TicketTable.Incident, "a1", ct);

        Assert.NotNull(ticket);
        Assert.Equal(2, host.Network.Received.Count);
    }

    public void Dispose() => host.Dispose();
}
