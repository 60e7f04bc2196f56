using Microsoft.Extensions.DependencyInjection;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.ServiceNowEmulator.Data;
using static SnowChatOps.IntegrationTests.ServiceNow.EmulatorBackedServiceNow;

namespace SnowChatOps.IntegrationTests.ServiceNow;

public sealed class ServiceNowClientEmulatorTests : IAsyncLifetime
{
    private readonly EmulatorBackedServiceNow snow = new();
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await snow.ConnectAsync(TenantA, Instance, ct);

    [Fact]
    public async Task CreateTicket_IncidentRequestedPriority2_ServiceNowShowsPriority2()
    {
        var created = await snow.Client.CreateTicketAsync(TenantA, ATicket(TicketTable.Incident, priority: 2), ct);

        var read = await snow.Client.GetTicketAsync(TenantA, TicketTable.Incident, created.SysId, ct);

        Assert.StartsWith("INC", created.Number, StringComparison.Ordinal);
        Assert.Equal(2, read!.Priority);
        Assert.Equal(("AdminMFAV2", "Identity", "Microsoft recommendation"), (read.ActionId, read.RecommendationCategory, read.RecommendationSource));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 17, 0, 0, TimeSpan.Zero), read.DueDate);
    }

    [Fact]
    public async Task CreateTicket_ChangeRequestPriority4_StoresPriority()
    {
        var created = await snow.Client.CreateTicketAsync(TenantA, ATicket(TicketTable.ChangeRequest, priority: 4), ct);

        Assert.StartsWith("CHG", created.Number, StringComparison.Ordinal);
        Assert.Equal(4, created.Priority);
        Assert.Equal(TicketTable.ChangeRequest, created.Table);
    }

    [Fact]
    public async Task FindByCorrelationId_AfterCreate_FindsThatTicketOnly()
    {
        var created = await snow.Client.CreateTicketAsync(TenantA, ATicket(TicketTable.Incident, 3, correlationId: "corr-find-1"), ct);

        var found = await snow.Client.FindByCorrelationIdAsync(TenantA, TicketTable.Incident, "corr-find-1", ct);
        var missing = await snow.Client.FindByCorrelationIdAsync(TenantA, TicketTable.Incident, "corr-never-used", ct);

        Assert.Equal(created.SysId, found!.SysId);
        Assert.Null(missing);
    }

    [Fact]
    public async Task FindOpenTicketsForAction_OneOfEachTable_FindsBoth()
    {
        await snow.Client.CreateTicketAsync(TenantA, ATicket(TicketTable.Incident, 3, correlationId: "c-a", actionId: "BlockLegacyAuth"), ct);
        await snow.Client.CreateTicketAsync(TenantA, ATicket(TicketTable.ChangeRequest, 3, correlationId: "c-b", actionId: "BlockLegacyAuth"), ct);

        var open = await snow.Client.FindOpenTicketsForActionAsync(TenantA, "BlockLegacyAuth", ct);

        Assert.Equal([TicketTable.Incident, TicketTable.ChangeRequest], open.Select(t => t.Table));
    }

    [Fact]
    public async Task ListTickets_2500Records_FollowsLinkThroughEveryPage()
    {
        SeedIncidents(2500, actionId: "PagingControl");

        var tickets = await snow.Client.ListTicketsAsync(
            TenantA, TicketTable.Incident, EncodedQuery.Empty.Where("u_m365_action_id").Is("PagingControl").OrderBy("number"), pageSize: 1000, ct).ToListAsync(ct);

        Assert.Equal(2500, tickets.Count);
        Assert.Equal(2500, tickets.Select(t => t.SysId).Distinct().Count());
    }

    [Fact]
    public async Task GetCurrentUser_IntegrationConnection_IsIntegrationUser()
    {
        var user = await snow.Client.GetCurrentUserAsync(TenantA, ct);

        Assert.Equal("m365.integration", user.UserName);
        Assert.False(user.WebServiceAccessOnly);
        Assert.True(user.HoldsIntegrationRole);
        Assert.True(user.IsIntegrationUser);
    }

    [Fact]
    public async Task GetVersion_SeededInstance_IsZurichAtLeastKingston()
    {
        var version = await snow.Client.GetVersionAsync(TenantA, ct);

        Assert.Equal("Zurich", version!.Family);
        Assert.True(version.IsAtLeastKingston);
    }

    [Fact]
    public async Task CheckOAuthEntity_SeededRegistry_FoundActive()
    {
        var entity = await snow.Client.CheckOAuthEntityAsync(TenantA, ClientId, ct);

        Assert.True(entity!.Active);
        Assert.Equal(ClientId, entity.ClientId);
    }

    [Fact]
    public async Task CheckTableAccess_IntegrationUser_CanReadBothTables()
    {
        var incident = await snow.Client.CheckTableAccessAsync(TenantA, TicketTable.Incident, ct);
        var change = await snow.Client.CheckTableAccessAsync(TenantA, TicketTable.ChangeRequest, ct);

        Assert.True(incident.CanRead);
        Assert.True(change.CanRead);
    }

    public async ValueTask DisposeAsync() => await snow.DisposeAsync();

    internal static NewTicket ATicket(TicketTable table, int priority, string correlationId = "corr-1", string actionId = "AdminMFAV2") => new()
    {
        Table = table,
        ShortDescription = "Require MFA for administrative roles",
        Description = "Secure Score recommendation",
        Priority = priority,
        DueDate = new DateTimeOffset(2026, 12, 1, 17, 0, 0, TimeSpan.Zero),
        CorrelationId = correlationId,
        InitiatedBy = "Megan Bowen (4b1c7e52-0000-0000-0000-000000000001)",
        RecommendationSource = RecommendationSource.Microsoft,
        RecommendationCategory = RecommendationCategory.Identity,
        ActionId = actionId,
    };

    private void SeedIncidents(int count, string actionId)
    {
        var store = snow.EmulatorServices.GetRequiredService<RecordStore>();
        var rows = snow.EmulatorServices.GetRequiredService<RowFactory>();
        var table = Schemas.All[Schemas.Incident];
        for (var i = 0; i < count; i++)
        {
            store.Upsert(Schemas.Incident, rows.NewRow(table, "admin", new Dictionary<string, string>
            {
                ["number"] = $"INC9{i:D6}", ["short_description"] = $"paging {i}", ["u_m365_action_id"] = actionId,
            }));
        }
    }
}
