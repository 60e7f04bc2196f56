using System.Net;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.SecureScore.Graph;

using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.Tests.SecureScore;

public sealed class GraphImprovementActionSourceTests : IDisposable
{
    private const string Base = "https://graph.test/v1.0/";
    private readonly QueueHttpHandler graph = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
    private readonly MemoryCache cache = new(new MemoryCacheOptions());

    [Fact]
    public async Task GetAll_NextLinks_ReadsEveryPage()
    {
        graph.Returns(GraphPages.Page($"{Base}security/secureScoreControlProfiles?$skiptoken=2", GraphPages.Profile("A")))
             .Returns(GraphPages.Page(null, GraphPages.Profile("B", "Device")));

        var actions = await Source().GetAllAsync("tenant-1", TestContext.Current.CancellationToken);

        Assert.Equal(["A", "B"], actions.Select(a => a.Id));
        Assert.Equal(ActionCategory.Devices, actions[1].Category);
        Assert.Equal("$skiptoken=2", graph.Requests[1].Query.TrimStart('?'));
    }

    [Fact]
    public async Task GetAll_WithinCacheDuration_DoesNotCallGraphAgain()
    {
        graph.Returns(GraphPages.Page(null, GraphPages.Profile("A")));
        var source = Source();
        await source.GetAllAsync("tenant-1", TestContext.Current.CancellationToken);

        time.Advance(TimeSpan.FromMinutes(29));
        var actions = await source.GetAllAsync("TENANT-1", TestContext.Current.CancellationToken);

        Assert.Equal("A", Assert.Single(actions).Id);
        Assert.Single(graph.Requests);
    }

    [Fact]
    public async Task GetAll_AfterCacheDuration_ReadsGraphAgain()
    {
        graph.Returns(GraphPages.Page(null, GraphPages.Profile("A")))
             .Returns(GraphPages.Page(null, GraphPages.Profile("A"), GraphPages.Profile("New")));
        var source = Source();
        await source.GetAllAsync("tenant-1", TestContext.Current.CancellationToken);

        time.Advance(TimeSpan.FromMinutes(31));
        var actions = await source.GetAllAsync("tenant-1", TestContext.Current.CancellationToken);

        Assert.Equal(["A", "New"], actions.Select(a => a.Id));
    }

    [Fact]
    public async Task GetAll_OtherTenant_HasItsOwnCatalog()
    {
        graph.Returns(GraphPages.Page(null, GraphPages.Profile("A")))
             .Returns(GraphPages.Page(null, GraphPages.Profile("B")));
        var source = Source();
        await source.GetAllAsync("tenant-1", TestContext.Current.CancellationToken);

        var actions = await source.GetAllAsync("tenant-2", TestContext.Current.CancellationToken);

        Assert.Equal("B", Assert.Single(actions).Id);
    }

    [Theory]
    [InlineData("https://evil.test/v1.0/security/secureScoreControlProfiles?$skiptoken=2")]
    [InlineData("http://graph.test/v1.0/security/secureScoreControlProfiles?$skiptoken=2")]
    [InlineData("https://graph.test:8443/v1.0/security/secureScoreControlProfiles?$skiptoken=2")]
    [InlineData("/v1.0/security/secureScoreControlProfiles?$skiptoken=2")]
    public async Task GetAll_NextLinkToOtherHost_IsNotFollowed(string nextLink)
    {
        graph.Returns(GraphPages.Page(nextLink, GraphPages.Profile("A")));

        var read = () => Source().GetAllAsync("tenant-1", TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<ImprovementActionsUnavailableException>(read);
        Assert.Single(graph.Requests);
    }

    [Fact]
    public async Task GetAll_GraphForbidden_ThrowsUnavailable()
    {
        graph.Returns("""{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges"}}""", HttpStatusCode.Forbidden);

        var read = () => Source().GetAllAsync("tenant-1", TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<ImprovementActionsUnavailableException>(read);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task GetAll_NextLinkLoop_StopsAtMaxPages()
    {
        var loop = GraphPages.Page($"{Base}security/secureScoreControlProfiles?$skiptoken=again", GraphPages.Profile("A"));
        graph.Returns(loop).Returns(loop).Returns(loop);

        var read = () => Source(maxPages: 3).GetAllAsync("tenant-1", TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<ImprovementActionsUnavailableException>(read);
        Assert.Equal(3, graph.Requests.Count);
    }

    public void Dispose()
    {
        cache.Dispose();
        graph.Dispose();
    }

    private GraphImprovementActionSource Source(int maxPages = 50)
    {
        var http = new HttpClient(graph, disposeHandler: false) { BaseAddress = new Uri(Base) };
        var options = Options.Create(new SecureScoreOptions { CacheDuration = TimeSpan.FromMinutes(30), MaxPages = maxPages });
        return new GraphImprovementActionSource(
            new GraphSecureScoreClient(http), cache, time, options, NullLogger<GraphImprovementActionSource>.Instance);
    }
}
