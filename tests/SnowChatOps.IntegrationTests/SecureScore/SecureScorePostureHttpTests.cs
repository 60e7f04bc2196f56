using Microsoft.Extensions.DependencyInjection;
using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.SecureScore.Posture;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.IntegrationTests.SecureScore;

/// <summary>An action's posture as registered by AddSecureScore: profile and latest snapshot over real HTTP to a local fake Graph.</summary>
public sealed class SecureScorePostureHttpTests : IAsyncLifetime
{
    private const string Tenant = "44444444-4444-4444-4444-444444444444";
    private static readonly DateTimeOffset Day1 = new(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);
    private readonly FakeGraphServer graph = new();
    private readonly RetryDelaySignalingTimeProvider time = new(TimeSpan.FromSeconds(1));
    private ServiceProvider? provider;

    [Fact]
    public async Task Find_SnapshotsOverDays_PointsNowFromTheNewestOnly()
    {
        graph.AddSnapshot(Day1, new Dictionary<string, double> { ["AdminMFAV2"] = 2 });
        graph.AddSnapshot(Day1.AddDays(1), new Dictionary<string, double> { ["AdminMFAV2"] = 7.5, ["EDRBlockMode"] = 4 });

        var posture = await Postures().FindAsync(Tenant, "adminmfav2", TestContext.Current.CancellationToken);

        Assert.Equal(7.5, posture?.PointsNow);
        Assert.Equal(10, posture?.MaxScore);
        Assert.Equal(ActionCategory.Identity, posture?.Category);
        var scoreRequest = Assert.Single(graph.Requests, r => r.SkipToken.Contains("top", StringComparison.Ordinal));
        Assert.Equal("?$top=1", Uri.UnescapeDataString(scoreRequest.SkipToken));
        Assert.All(graph.Requests, r => Assert.Equal(FakeGraphServer.ExpectedAuthorization, r.Authorization));
    }

    [Fact]
    public async Task Find_SnapshotThrottledOnce_WaitsRetryAfterAndReads()
    {
        graph.AddSnapshot(Day1, new Dictionary<string, double> { ["AdminMFAV2"] = 3 });
        graph.ThrottleNextScoresRequest();
        var postures = Postures();

        var find = postures.FindAsync(Tenant, "AdminMFAV2", TestContext.Current.CancellationToken);
        await time.WatchedDelayScheduled.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(3, (await find)?.PointsNow);
    }

    [Fact]
    public async Task Find_AgainWithinCacheDuration_SnapshotNotReadAgain()
    {
        graph.AddSnapshot(Day1, new Dictionary<string, double> { ["AdminMFAV2"] = 3 });
        var postures = Postures();
        await postures.FindAsync(Tenant, "AdminMFAV2", TestContext.Current.CancellationToken);
        graph.AddSnapshot(Day1.AddDays(1), new Dictionary<string, double> { ["AdminMFAV2"] = 9 });
        var before = graph.Requests.Count;

        var cached = await postures.FindAsync(Tenant, "AdminMFAV2", TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromMinutes(31));
        var fresh = await postures.FindAsync(Tenant, "AdminMFAV2", TestContext.Current.CancellationToken);

        Assert.Equal(3, cached?.PointsNow);
        Assert.Equal(9, fresh?.PointsNow);
        Assert.Equal(before + 3, graph.Requests.Count); // only after expiry: the two profile pages and the snapshot
    }

    [Fact]
    public async Task Find_NoSnapshotYet_PostureWithoutPointsNow()
    {
        var posture = await Postures().FindAsync(Tenant, "AdminMFAV2", TestContext.Current.CancellationToken);

        Assert.NotNull(posture);
        Assert.Null(posture.PointsNow);
    }

    public ValueTask InitializeAsync() => graph.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        provider?.Dispose();
        await graph.DisposeAsync();
    }

    private ActionPostures Postures()
    {
        provider = GraphSecureScoreServices.Build(graph.BaseUrl, time, new FakeAuthorizationHeaderProvider());
        return provider.GetRequiredService<ActionPostures>();
    }
}
