using System.Net;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Errors;
using SnowChatOps.Tests.ServiceNow.Fakes;

namespace SnowChatOps.Tests.ServiceNow;

public sealed class ServiceNowCallLoggingTests : IDisposable
{
    private const int Succeeded = 4090;
    private const int Failed = 4091;
    private const int Broke = 4092;
    private readonly ServiceNowTestHost host = new ServiceNowTestHost().Connected(DateTimeOffset.MaxValue);
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_NotFound_LogsOneWarningWithTableAndStatusButNoRecordId()
    {
        host.Network.Expect(HttpMethod.Get, "/api/now/table/incident/secret-sys-id", HttpStatusCode.NotFound, "error-404-no-record.json");

        await host.Client.GetTicketAsync(ServiceNowTestHost.Tenant, TicketTable.Incident, "secret-sys-id", ct);

        var line = Assert.Single(host.Logs.Collector.GetSnapshot(), r => r.Id.Id is Succeeded or Failed or Broke);
        Assert.Equal(Failed, line.Id.Id);
        Assert.Equal("incident", line.StructuredState!.Single(p => p.Key == "Table").Value);
        Assert.Equal("404", line.StructuredState!.Single(p => p.Key == "Status").Value);
        Assert.DoesNotContain("secret-sys-id", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Answered_LogsOneDebugLine()
    {
        host.Network.Expect(HttpMethod.Get, "/api/now/table/incident/a1", HttpStatusCode.OK, "incident-created.json");

        await host.Client.GetTicketAsync(ServiceNowTestHost.Tenant, TicketTable.Incident, "a1", ct);

        var line = Assert.Single(host.Logs.Collector.GetSnapshot(), r => r.Id.Id is Succeeded or Failed or Broke);
        Assert.Equal(Succeeded, line.Id.Id);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Debug, line.Level);
    }

    [Fact]
    public async Task Get_503RetriedUntilCircuitOpens_LogsOneLinePerCallNotPerAttempt()
    {
        host.Network
            .Expect(HttpMethod.Get, "/api/now/table/change_request/a1", HttpStatusCode.ServiceUnavailable, "error-503.json")
            .Expect(HttpMethod.Get, "/api/now/table/change_request/a1", HttpStatusCode.ServiceUnavailable, "error-503.json");

        await Assert.ThrowsAsync<ServiceNowUnavailableException>(() => host.Client.GetTicketAsync(ServiceNowTestHost.Tenant, TicketTable.ChangeRequest, "a1", ct));

        var line = Assert.Single(host.Logs.Collector.GetSnapshot(), r => r.Id.Id is Succeeded or Failed or Broke);
        Assert.Equal("change_request", line.StructuredState!.Single(p => p.Key == "Table").Value);
        Assert.Equal(2, host.Network.Received.Count);
    }

    public void Dispose() => host.Dispose();
}
