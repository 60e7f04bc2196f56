using SnowChatOps.TestSupport.Graph;

namespace SnowChatOps.IntegrationTests.SecureScore;

/// <summary>
/// The Graph emulator serving the profiles these tests were written against (two per page) and only the snapshots a test
/// adds: a class fixture for the read-path tests (profiles, snapshots, admin groups).
/// </summary>
public sealed class GraphEmulatorFixture : IAsyncLifetime
{
    public GraphEmulatorServer Graph { get; } = new() { Settings = { ["PageSize"] = "2" } };

    public async ValueTask InitializeAsync()
    {
        await Graph.StartAsync(TestContext.Current.CancellationToken);
        Graph.ServeProfiles(
            Profile("AdminMFAV2", "Identity", 10, 1), Profile("StorageSecureTransfer", "Infrastructure", 6, 12),
            Profile("EDRBlockMode", "Device", 4, 30), Profile("RetiredOne", "Data", 50, 1, deprecated: true));
    }

    public ValueTask DisposeAsync() => Graph.DisposeAsync();

    private static object Profile(string id, string category, double maxScore, int rank, bool deprecated = false)
        => TestSupport.Harness.GraphPages.Profile(id, category, maxScore, rank, deprecated, remediation: "<p>Do it <script>alert(1)</script>now.</p>");
}
