using System.Net.Http.Json;
using SnowChatOps.TestSupport.Playground;

namespace SnowChatOps.TestSupport.Emulator;

/// <summary>The running emulator's control API (<c>/_emulator/*</c>, on in Development): faults and stored records for tests.</summary>
public sealed class EmulatorControlClient(Uri baseUri) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Replaces every fault switch with <paramref name="faults"/>.</summary>
    public async Task SetFaultsAsync(EmulatorFaults faults, CancellationToken cancellationToken)
    {
        using var response = await http.PutAsJsonAsync("_emulator/faults", faults, PlaygroundRestClient.Json, cancellationToken);
        await ControlApiResponse.EnsureSuccessAsync(response, cancellationToken);
    }

    /// <summary>Switches every fault off.</summary>
    public Task ResetFaultsAsync(CancellationToken cancellationToken) => SetFaultsAsync(new EmulatorFaults(), cancellationToken);

    /// <summary>
    /// The raw stored rows of <paramref name="table"/> (<c>GET /_emulator/records/{table}</c>): every column as a string,
    /// as ServiceNow stores it (dates <c>yyyy-MM-dd HH:mm:ss</c> UTC, choices as their values).
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyDictionary<string, string>>> GetRecordsAsync(string table, CancellationToken cancellationToken)
    {
        var rows = await http.GetFromJsonAsync<List<Dictionary<string, string>>>(
            $"_emulator/records/{Uri.EscapeDataString(table)}", PlaygroundRestClient.Json, cancellationToken);
        return rows ?? throw new InvalidOperationException($"GET /_emulator/records/{table} returned no body.");
    }

    /// <summary>
    /// An agent changes a ticket's state in the instance (<c>POST /_emulator/tickets/{table}/{sysId}/state</c>), which
    /// fires the state-change business rule, i.e. the signed webhook to the bot.
    /// </summary>
    public async Task ChangeStateAsync(string table, string sysId, string state, CancellationToken cancellationToken)
    {
        var path = $"_emulator/tickets/{Uri.EscapeDataString(table)}/{Uri.EscapeDataString(sysId)}/state";
        using var response = await http.PostAsJsonAsync(path, new { state }, PlaygroundRestClient.Json, cancellationToken);
        await ControlApiResponse.EnsureSuccessAsync(response, cancellationToken);
    }

    /// <summary>The ServiceNow API requests logged so far, oldest first (<c>GET /_emulator/requests</c>).</summary>
    public async Task<IReadOnlyList<EmulatorRequest>> GetRequestsAsync(CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync<List<EmulatorRequest>>("_emulator/requests", PlaygroundRestClient.Json, cancellationToken)
            ?? throw new InvalidOperationException("GET /_emulator/requests returned no body.");

    /// <summary>
    /// Points the state-change business rule at <paramref name="url"/> signed with <paramref name="secret"/>
    /// (<c>PUT /_emulator/webhook</c>); a null url switches the webhook off, as an admin clearing the system property.
    /// </summary>
    public async Task SetWebhookAsync(Uri? url, string? secret, CancellationToken cancellationToken)
    {
        using var response = await http.PutAsJsonAsync("_emulator/webhook", new { url = url?.ToString(), secret }, PlaygroundRestClient.Json, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <inheritdoc />
    public void Dispose() => http.Dispose();
}
