using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SnowChatOps.GraphEmulator;
using SnowChatOps.GraphEmulator.Data;

namespace SnowChatOps.TestSupport.Graph;

/// <summary>
/// The Graph emulator (src/SnowChatOps.GraphEmulator) started in-process on a real 127.0.0.1 port, with the test's clock
/// under its own and the emulator's state at hand (snapshots, planned 429s, recorded PATCH bodies, memberships).
/// Tokens: "Bearer test" (<see cref="ExpectedAuthorization"/>), what the tests' token stand-in hands out.
/// </summary>
public sealed class GraphEmulatorServer : IAsyncDisposable
{
    public const string ExpectedAuthorization = "Bearer " + Token;
    private const string Token = "test";
    private WebApplication? app;

    /// <summary>Settings under <c>GraphEmulator:</c> (e.g. <c>DailySnapshots</c>, <c>PageSize</c>); set before <see cref="StartAsync"/>.</summary>
    public Dictionary<string, string> Settings { get; } = new() { ["DailySnapshots"] = "false" };

    /// <summary>The clock under the emulator's own; null: the system clock.</summary>
    public TimeProvider? Time { get; init; }

    public Uri BaseUrl { get; private set; } = null!;

    internal GraphState State => app!.Services.GetRequiredService<GraphState>();

    internal IEnumerable<RecordedRequest> Requests => State.Requests;

    public IReadOnlyList<JsonObject> PatchBodies(string controlId) =>
        [.. State.Patches().Where(p => string.Equals(p.ControlId, controlId, StringComparison.OrdinalIgnoreCase)).Select(p => p.Body)];

    public void AddSnapshot(DateTimeOffset createdAt, IReadOnlyDictionary<string, double> controlScores) => State.AddSnapshot(createdAt, controlScores);

    /// <summary>The control's points from now on (delay 0): the next daily snapshot shows them.</summary>
    public void SetScoreNow(string controlId, double score) => State.SetScore(controlId, score, TimeSpan.Zero);

    public void ThrottleNextRequest() => State.ThrottleNext(FaultTarget.Any);

    public void ThrottleNextScoresRequest() => State.ThrottleNext(FaultTarget.Scores);

    /// <summary>The app loses SecurityEvents.ReadWrite.All: every PATCH is answered 403.</summary>
    public void RefuseWrites() => State.CanWrite = false;

    public void SetMembership(string userId, params string[] groupIds) => State.Memberships[userId] = groupIds;

    /// <summary>Replaces the served control profiles with Graph-shaped objects (e.g. <c>GraphPages.Profile</c>).</summary>
    public void ServeProfiles(params object[] profiles) =>
        State.ReplaceProfiles(profiles.Select(p => JsonSerializer.SerializeToNode(p)!.AsObject()));

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var args = new List<string> { "--urls=http://127.0.0.1:0", "--environment=Development", $"--GraphEmulator:BearerToken={Token}" };
        args.AddRange(Settings.Select(s => $"--GraphEmulator:{s.Key}={s.Value}"));
        app = GraphEmulatorApp.Build([.. args], services =>
        {
            services.AddLogging(l => l.ClearProviders());
            if (Time is not null)
            {
                services.AddSingleton(Time);
            }
        });
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        BaseUrl = new Uri(address.TrimEnd('/') + "/v1.0/");
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
