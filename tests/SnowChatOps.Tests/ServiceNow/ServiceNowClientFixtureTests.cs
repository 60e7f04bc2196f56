using System.Net;
using System.Text.Json;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Errors;
using SnowChatOps.Tests.ServiceNow.Fakes;

namespace SnowChatOps.Tests.ServiceNow;

public sealed class ServiceNowClientFixtureTests : IDisposable
{
    private const string Tenant = ServiceNowTestHost.Tenant;
    private readonly ServiceNowTestHost host = new ServiceNowTestHost().Connected(DateTimeOffset.MaxValue);
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateTicket_IncidentPriority2_WritesImpactUrgencyAndCustomFields()
    {
        host.Network.Expect(HttpMethod.Post, "/api/now/table/incident", HttpStatusCode.Created, "incident-created.json");

        var ticket = await host.Client.CreateTicketAsync(Tenant, ANewTicket(TicketTable.Incident), ct);

        var (request, body) = Assert.Single(host.Network.Received);
        Assert.Equal("https://acme.service-now.com", request.RequestUri!.GetLeftPart(UriPartial.Authority));
        Assert.Equal("Bearer access-1", request.Headers.Authorization!.ToString());
        var json = JsonDocument.Parse(body!).RootElement;
        Assert.Equal(("1", "2"), (json.GetProperty("impact").GetString(), json.GetProperty("urgency").GetString()));
        Assert.False(json.TryGetProperty("priority", out _));
        Assert.Equal("2026-12-01 17:00:00", json.GetProperty("due_date").GetString());
        Assert.Equal("Microsoft recommendation", json.GetProperty("u_m365_recommendation_source").GetString());
        Assert.Equal("Identity", json.GetProperty("u_m365_recommendation_category").GetString());
        Assert.Equal(NewTicket.DefaultCorrelationDisplay, json.GetProperty("correlation_display").GetString());
        Assert.Equal(("INC0010002", 2, "AdminMFAV2"), (ticket.Number, ticket.Priority, ticket.ActionId));
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 6, 10, 5, TimeSpan.Zero), ticket.UpdatedOn);
    }

    [Fact]
    public async Task CreateTicket_ChangeRequest_WritesPriorityDirectly()
    {
        host.Network.Expect(HttpMethod.Post, "/api/now/table/change_request", HttpStatusCode.Created, "incident-created.json");

        await host.Client.CreateTicketAsync(Tenant, ANewTicket(TicketTable.ChangeRequest), ct);

        var json = JsonDocument.Parse(Assert.Single(host.Network.Received).Body!).RootElement;
        Assert.Equal("2", json.GetProperty("priority").GetString());
        Assert.False(json.TryGetProperty("impact", out _));
    }

    [Fact]
    public async Task CreateTicket_503_IsNotRetried()
    {
        host.Network.Expect(HttpMethod.Post, "/api/now/table/incident", HttpStatusCode.ServiceUnavailable, "error-503.json");

        var error = await Assert.ThrowsAsync<ServiceNowUnavailableException>(() => host.Client.CreateTicketAsync(Tenant, ANewTicket(TicketTable.Incident), ct));

        Assert.Single(host.Network.Received);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
    }

    [Fact]
    public async Task ListTickets_LinkNext_FollowsOffsetUntilNoNext()
    {
        host.Network
            .Expect(HttpMethod.Get, "/api/now/v2/table/incident", HttpStatusCode.OK, "incident-list-page1.json", r => r.Headers.Add(
                "Link", "<https://acme.service-now.com/api/now/v2/table/incident?sysparm_offset=2&sysparm_limit=2>;rel=\"next\",<https://acme.service-now.com/api/now/v2/table/incident?sysparm_offset=0&sysparm_limit=2>;rel=\"first\""))
            .Expect(HttpMethod.Get, "/api/now/v2/table/incident", HttpStatusCode.OK, "incident-list-page2.json");

        var numbers = await host.Client.ListTicketsAsync(Tenant, TicketTable.Incident, EncodedQuery.Empty.Where("active").Is("true"), 2, ct)
            .Select(t => t.Number).ToListAsync(ct);

        Assert.Equal(["INC0010001", "INC0010002", "INC0010003"], numbers);
        var second = host.Network.Received[1].Request.RequestUri!.Query;
        Assert.Contains("sysparm_offset=2", second, StringComparison.Ordinal);
        Assert.Contains("sysparm_query=active%3Dtrue", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTicket_404_ReturnsNull()
    {
        host.Network.Expect(HttpMethod.Get, "/api/now/table/incident/missing", HttpStatusCode.NotFound, "error-404-no-record.json");

        var ticket = await host.Client.GetTicketAsync(Tenant, TicketTable.Incident, "missing", ct);

        Assert.Null(ticket);
    }

    [Fact]
    public async Task CheckOAuthEntity_CrossScope403_SurfacesServiceNowText()
    {
        host.Network.Expect(HttpMethod.Get, "/api/now/v2/table/oauth_entity", HttpStatusCode.Forbidden, "error-403-cross-scope.json");

        var error = await Assert.ThrowsAsync<ServiceNowForbiddenException>(() => host.Client.CheckOAuthEntityAsync(Tenant, "client-id", ct));

        Assert.True(error.IsCrossScopeAccessPolicy);
        Assert.StartsWith("Read operation against 'oauth_entity'", error.ServiceNowMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("client_secret", host.Network.Received[0].Request.RequestUri!.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckTableAccess_CrossScope403_ReportsCannotRead()
    {
        host.Network.Expect(HttpMethod.Get, "/api/now/v2/table/change_request", HttpStatusCode.Forbidden, "error-403-cross-scope.json");

        var check = await host.Client.CheckTableAccessAsync(Tenant, TicketTable.ChangeRequest, ct);

        Assert.False(check.CanRead);
        Assert.True(check.IsCrossScopeAccessPolicy);
        Assert.Contains("sysparm_limit=1", host.Network.Received[0].Request.RequestUri!.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCurrentUser_IntegrationAccount_MapsFlags()
    {
        host.Network.Expect(HttpMethod.Get, "/api/now/v2/table/sys_user", HttpStatusCode.OK, "sys-user-current.json");
        host.Network.Expect(HttpMethod.Get, "/api/now/v2/table/sys_user_has_role", HttpStatusCode.Forbidden, "error-403-cross-scope.json");

        var user = await host.Client.GetCurrentUserAsync(Tenant, ct);

        Assert.True(user.IsIntegrationUser);
        Assert.Empty(user.Roles);
        Assert.Equal("m365.integration", user.UserName);
        Assert.Contains("sys_id%3Djavascript%3Ags.getUserID%28%29", host.Network.Received[0].Request.RequestUri!.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCurrentUser_InteractiveAccountWithOurRole_IsIntegrationUser()
    {
        host.Network.Expect(HttpMethod.Get, "/api/now/v2/table/sys_user", HttpStatusCode.OK, "sys-user-interactive.json");
        host.Network.Expect(HttpMethod.Get, "/api/now/v2/table/sys_user_has_role", HttpStatusCode.OK, "sys-user-has-role.json");

        var user = await host.Client.GetCurrentUserAsync(Tenant, ct);

        Assert.Equal([false, true, true], [user.WebServiceAccessOnly, user.HoldsIntegrationRole, user.IsIntegrationUser]);
        Assert.Contains("sysparm_display_value=true", host.Network.Received[1].Request.RequestUri!.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetVersion_OnlyGlideWar_FallsBackToIt()
    {
        host.Network.Expect(HttpMethod.Get, "/api/now/v2/table/sys_properties", HttpStatusCode.OK, "sys-properties-version.json");

        var version = await host.Client.GetVersionAsync(Tenant, ct);

        Assert.Equal("Zurich", version!.Family);
    }

    [Fact]
    public async Task AnyCall_TenantNotConnected_RequiresReauthorizationWithoutNetwork()
    {
        var error = await Assert.ThrowsAsync<ServiceNowReauthorizationRequiredException>(() => host.Client.GetTicketAsync("other-tenant", TicketTable.Incident, "x", ct));

        Assert.Equal("other-tenant", error.TenantId);
        Assert.Empty(host.Network.Received);
    }

    [Fact]
    public async Task AnyCall_IpAccessControlPage_MapsToIpBlocked()
    {
        host.Network.Expect(HttpMethod.Get, "/api/now/v2/table/sys_user", HttpStatusCode.Forbidden, "ip-access-restricted.html");

        var error = await Assert.ThrowsAsync<ServiceNowIpBlockedException>(() => host.Client.GetCurrentUserAsync(Tenant, ct));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
    }

    public void Dispose() => host.Dispose();

    internal static NewTicket ANewTicket(TicketTable table) => new()
    {
        Table = table,
        ShortDescription = "Require MFA for administrative roles",
        Description = "details",
        Priority = 2,
        DueDate = new DateTimeOffset(2026, 12, 1, 18, 0, 0, TimeSpan.FromHours(1)),
        CorrelationId = "corr-0001",
        InitiatedBy = "Megan Bowen (3f2a...)",
        RecommendationSource = RecommendationSource.Microsoft,
        RecommendationCategory = RecommendationCategory.Identity,
        ActionId = "AdminMFAV2",
    };
}
