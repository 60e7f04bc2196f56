using System.Net.Http.Json;
using SnowChatOps.GraphEmulator.Control;
using SnowChatOps.GraphEmulator.Data;
using SnowChatOps.TestSupport.Emulator;
using SnowChatOps.TestSupport.Playground;

namespace SnowChatOps.TestSupport.Graph;

/// <summary>
/// A running Graph emulator's control API (<c>/_emulator/*</c>, src/SnowChatOps.GraphEmulator/Control/ControlApi.cs), for
/// tests against its process; in-process tests reach its state directly (<see cref="GraphEmulatorServer"/>). The bodies
/// are the emulator's own records, so the two cannot drift apart.
/// </summary>
internal sealed class GraphEmulatorControlClient(Uri baseUri) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Moves the emulator's clock forward (<c>POST /_emulator/clock/advance</c>): the daily snapshots of the midnights passed appear.</summary>
    public async Task AdvanceClockAsync(TimeSpan by, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("_emulator/clock/advance", new ClockAdvance(by.TotalHours), PlaygroundRestClient.Json, cancellationToken);
        await ControlApiResponse.EnsureSuccessAsync(response, cancellationToken);
    }

    /// <summary>Every <c>PATCH …/secureScoreControlProfiles/{id}</c> accepted so far, oldest first, bodies as sent (<c>GET /_emulator/patches</c>).</summary>
    public async Task<IReadOnlyList<RecordedPatch>> GetPatchesAsync(CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync<List<RecordedPatch>>("_emulator/patches", PlaygroundRestClient.Json, cancellationToken)
            ?? throw new InvalidOperationException("GET /_emulator/patches returned no body.");

    /// <inheritdoc />
    public void Dispose() => http.Dispose();
}
