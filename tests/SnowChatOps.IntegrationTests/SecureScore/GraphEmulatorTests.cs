using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using SnowChatOps.Bot.SecureScore.Posture;
using SnowChatOps.TestSupport.Graph;

namespace SnowChatOps.IntegrationTests.SecureScore;

/// <summary>The Graph emulator holds the bot to what Microsoft Learn documents for the calls it serves.</summary>
public sealed class GraphEmulatorTests : IAsyncLifetime
{
    private const string Profile = "security/secureScoreControlProfiles/AdminMFAV2";
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    private readonly GraphEmulatorServer graph;
    private readonly HttpClient http = new();

    public GraphEmulatorTests() => graph = new GraphEmulatorServer { Time = time, Settings = { ["DailySnapshots"] = "true" } };

    public async ValueTask InitializeAsync()
    {
        await graph.StartAsync(ct);
        http.BaseAddress = graph.BaseUrl;
        http.DefaultRequestHeaders.Authorization = AuthenticationHeaderValue.Parse(GraphEmulatorServer.ExpectedAuthorization);
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await graph.DisposeAsync();
    }

    [Fact]
    public async Task Patch_WithoutVendorInformation_400AndNothingRecorded()
    {
        using var response = await PatchAsync("""{"state":"ThirdParty"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(graph.PatchBodies("AdminMFAV2"));
    }

    [Fact]
    public async Task Patch_UnknownState_400()
    {
        using var response = await PatchAsync("""{"state":"Resolved","vendorInformation":{"provider":"SecureScore","vendor":"Microsoft"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Patch_NoToken_401InvalidAuthenticationToken()
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, new Uri(graph.BaseUrl, Profile)) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        using var anonymous = new HttpClient();

        using var response = await anonymous.SendAsync(request, ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("InvalidAuthenticationToken", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>(ct))?["error"]?["code"]);
    }

    [Fact]
    public async Task Patch_PreferRepresentation_200WithTheNewControlStateUpdate()
    {
        using var response = await PatchAsync("""{"comment":"CHG1","state":"Reviewed","vendorInformation":{"provider":"SecureScore","vendor":"Microsoft"}}""", prefer: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var last = (await response.Content.ReadFromJsonAsync<JsonObject>(ct))!["controlStateUpdates"]!.AsArray().Last()!;
        Assert.Equal(("Reviewed", "CHG1"), ((string?)last["state"], (string?)last["comment"]));
    }

    [Fact]
    public async Task Snapshots_ThirdPartyWritten_MaxPointsInTheFirstSnapshotADayLater()
    {
        (await PatchAsync("""{"state":"ThirdParty","vendorInformation":{"provider":"SecureScore","vendor":"Microsoft"}}""")).Dispose();

        var before = await PointsAsync();
        time.Advance(TimeSpan.FromHours(17)); // next midnight: less than a day after the write
        var nextDay = await PointsAsync();
        time.Advance(TimeSpan.FromDays(1));
        var dayAfter = await PointsAsync();

        Assert.Equal((0d, 0d, 10d), (before, nextDay, dayAfter));
    }

    [Fact]
    public async Task Snapshots_ScoreSetThroughControlWithNoDelay_DropInTheNextSnapshotAndTopTwoNewestFirst()
    {
        using var control = new HttpClient { BaseAddress = new Uri(graph.BaseUrl, "/") };
        _ = await PointsAsync(); // today's snapshot is taken before the change
        using var set = await control.PostAsJsonAsync("/_emulator/controls/BlockLegacyAuthentication/score", new { score = 0, afterHours = 0 }, ct);
        using var refused = await control.PostAsJsonAsync("/_emulator/controls/BlockLegacyAuthentication/score", new { score = 0, afterHours = -1 }, ct);

        time.Advance(TimeSpan.FromHours(17));
        var page = await http.GetFromJsonAsync<JsonObject>("security/secureScores?$top=2", ct);

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.BadRequest), (set.StatusCode, refused.StatusCode));
        var snapshots = page!["value"]!.AsArray();
        Assert.Equal(2, snapshots.Count);
        Assert.True((DateTime)snapshots[0]!["createdDateTime"]! > (DateTime)snapshots[1]!["createdDateTime"]!);
        Assert.Equal(8d, (double)snapshots[1]!["currentScore"]! - (double)snapshots[0]!["currentScore"]!, 3);
    }

    [Fact]
    public async Task Snapshot_Today_AgreesWithTheBotsOfflineSample()
    {
        var sample = await new OfflineSecureScoreSnapshotSource().GetLatestAsync("tenant", ct);

        var page = await http.GetFromJsonAsync<JsonObject>("security/secureScores?$top=1", ct);

        var today = page!["value"]![0]!.AsObject();
        var scores = today["controlScores"]!.AsArray().ToDictionary(c => (string)c!["controlName"]!, c => (double)c!["score"]!);
        Assert.Equal((sample!.CurrentScore, sample.MaxScore), ((double)today["currentScore"]!, (double)today["maxScore"]!));
        Assert.Equal(sample.ControlScores.OrderBy(c => c.Key, StringComparer.Ordinal), scores.OrderBy(c => c.Key, StringComparer.Ordinal));
    }

    private async Task<double> PointsAsync()
    {
        var page = await http.GetFromJsonAsync<JsonObject>("security/secureScores?$top=1", ct);
        var controls = page!["value"]![0]!["controlScores"]!.AsArray();
        return (double)controls.First(c => (string?)c!["controlName"] == "AdminMFAV2")!["score"]!;
    }

    private Task<HttpResponseMessage> PatchAsync(string body, bool prefer = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, Profile) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (prefer)
        {
            request.Headers.Add("Prefer", "return=representation");
        }

        return http.SendAsync(request, ct);
    }
}
