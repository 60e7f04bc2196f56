using SnowChatOps.TestSupport.Harness;
using Microsoft.Extensions.DependencyInjection;
using SnowChatOps.Bot.SecureScore;
using SnowChatOps.TestSupport.Graph;

namespace SnowChatOps.IntegrationTests.SecureScore;

/// <summary>The Graph source as registered by AddSecureScore, over real HTTP to the Graph emulator.</summary>
public sealed class GraphImprovementActionSourceHttpTests(GraphEmulatorFixture fixture) : IClassFixture<GraphEmulatorFixture>, IDisposable
{
    private const string Tenant = "33333333-3333-3333-3333-333333333333";
    private readonly RetryDelaySignalingTimeProvider time = new(TimeSpan.FromSeconds(1));
    private readonly FakeAuthorizationHeaderProvider tokens = new();
    private readonly GraphEmulatorServer graph = fixture.Graph;
    private ServiceProvider? provider;

    [Fact]
    public async Task Search_ThrottledOnceThenPaged_ReturnsAllActiveActionsInScoreOrder()
    {
        var catalog = Catalog();
        graph.ThrottleNextRequest();
        var before = graph.Requests.Count();

        var search = catalog.SearchAsync(Tenant, new ImprovementActionQuery(), TestContext.Current.CancellationToken);
        await time.WatchedDelayScheduled.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromSeconds(1));
        var page = await search;

        Assert.Equal(["AdminMFAV2", "StorageSecureTransfer", "EDRBlockMode"], page.Items.Select(a => a.Id));
        Assert.Equal(ActionCategory.Devices, page.Items[2].Category);
        Assert.Equal("Do it now.", page.Items[0].Remediation);
        var requests = graph.Requests.Skip(before).ToList();
        Assert.Equal(["", "", "?$top=2&$skiptoken=2"], requests.Select(r => Uri.UnescapeDataString(r.Query)));
        Assert.All(requests, r => Assert.Equal(GraphEmulatorServer.ExpectedAuthorization, r.Authorization));
        Assert.NotEmpty(tokens.AppRequests);
        Assert.All(tokens.AppRequests, r => Assert.Equal(("https://graph.microsoft.com/.default", Tenant), r));
    }

    [Fact]
    public async Task Find_SecondCallWithinCacheDuration_ServedWithoutGraph()
    {
        var catalog = Catalog();
        await catalog.FindAsync(Tenant, "AdminMFAV2", TestContext.Current.CancellationToken);
        var before = graph.Requests.Count();

        var action = await catalog.FindAsync(Tenant, "edrblockmode", TestContext.Current.CancellationToken);

        Assert.Equal("EDRBlockMode", action?.Id);
        Assert.Equal(before, graph.Requests.Count());
    }

    public void Dispose() => provider?.Dispose();

    private ImprovementActionCatalog Catalog()
    {
        provider = GraphSecureScoreServices.Build(graph.BaseUrl, time, tokens);
        return provider.GetRequiredService<ImprovementActionCatalog>();
    }
}
