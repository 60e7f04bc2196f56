using Microsoft.Extensions.DependencyInjection;
using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.SecureScore.Posture;
using SnowChatOps.TestSupport.Graph;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.IntegrationTests.SecureScore;

/// <summary>An action's posture as registered by AddSecureScore: profile and latest snapshot over real HTTP to the Graph emulator.</summary>
public sealed class SecureScorePostureHttpTests : IAsyncLifetime
{
    private const string Tenant = "44444444-4444-4444-4444-444444444444";
    private static readonly DateTimeOffset Day1 = new(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);
    private readonly GraphEmulatorFixture fixture = new();
    private readonly RetryDelaySignalingTimeProvider time = new(TimeSpan.FromSeconds(1));
    private ServiceProvider? provider;

    [Fact]
    public async Task Find_SnapshotsOverDays_PointsNowFromTheNewestOnly()
    {
        fixture.Graph.AddSnapshot(Day1, new Dictionary<string, double> { ["AdminMFAV2"] = 2 });
        fixture.Graph.AddSnapshot(Day1.AddDays(1), new Dictionary<string, double> { ["AdminMFAV2"] = 7.5, ["EDRBlockMode"] = 4 });

        var posture = await Postures().FindAsync(Tenant, "adminmfav2", TestContext.Current.CancellationToken);

        Assert.Equal(7.5, posture?.PointsNow);
        Assert.Equal(10, posture?.MaxScore);
        Assert.Equal(ActionCategory.Identity, posture?.Category);
        var scoreRequest = Assert.Single(fixture.Graph.Requests, r => r.Path.EndsWith("/secureScores", StringComparison.Ordinal));
        Assert.Equal("?$top=1", Uri.UnescapeDataString(scoreRequest.Query));
        Assert.All(fixture.Graph.Requests, r => Assert.Equal(GraphEmulatorServer.ExpectedAuthorization, r.Authorization));
    }

    [Fact]
    public async Task Find_SnapshotThrottledOnce_WaitsRetryAfterAndReads()
    {
        fixture.Graph.AddSnapshot(Day1, new Dictionary<string, double> { ["AdminMFAV2"] = 3 });
        fixture.Graph.ThrottleNextScoresRequest();
        var postures = Postures();

        var find = postures.FindAsync(Tenant, "AdminMFAV2", TestContext.Current.CancellationToken);
        await time.WatchedDelayScheduled.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(3, (await find)?.PointsNow);
    }

    [Fact]
    public async Task Find_AgainWithinCacheDuration_SnapshotNotReadAgain()
    {
        fixture.Graph.AddSnapshot(Day1, new Dictionary<string, double> { ["AdminMFAV2"] = 3 });
        var postures = Postures();
        await postures.FindAsync(Tenant, "AdminMFAV2", TestContext.Current.CancellationToken);
        fixture.Graph.AddSnapshot(Day1.AddDays(1), new Dictionary<string, double> { ["AdminMFAV2"] = 9 });
        var before = fixture.Graph.Requests.Count();

        var cached = await postures.FindAsync(Tenant, "AdminMFAV2", TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromMinutes(31));
        var fresh = await postures.FindAsync(Tenant, "AdminMFAV2", TestContext.Current.CancellationToken);

        Assert.Equal(3, cached?.PointsNow);
        Assert.Equal(9, fresh?.PointsNow);
        Assert.Equal(before + 3, fixture.Graph.Requests.Count()); // only after expiry: the two profile pages and the snapshot
    }

    [Fact]
    public async Task Find_NoSnapshotYet_PostureWithoutPointsNow()
    {
        var posture = await Postures().FindAsync(Tenant, "AdminMFAV2", TestContext.Current.CancellationToken);

        Assert.NotNull(posture);
        Assert.Null(posture.PointsNow);
    }

    public ValueTask InitializeAsync() => fixture.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        provider?.Dispose();
        await fixture.DisposeAsync();
    }

    private ActionPostures Postures()
    {
        provider = GraphSecureScoreServices.Build(fixture.Graph.BaseUrl, time, new FakeAuthorizationHeaderProvider());
        return provider.GetRequiredService<ActionPostures>();
    }
}
