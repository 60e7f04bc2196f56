using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using SnowChatOps.Bot.MicrosoftGraph;

namespace SnowChatOps.Bot.SecureScore.Graph;

/// <summary>
/// Typed client for <c>GET security/secureScoreControlProfiles</c> (with its <c>@odata.nextLink</c> pages),
/// <c>GET security/secureScores</c> and <c>PATCH security/secureScoreControlProfiles/{id}</c> (the state write-back).
/// </summary>
internal sealed class GraphSecureScoreClient(HttpClient http)
{
    private static readonly Uri FirstPage = new("security/secureScoreControlProfiles", UriKind.Relative);

    // Snapshots come newest first, so $top=1 is the latest (Microsoft Learn, "List secureScores").
    private static readonly Uri LatestScore = new("security/secureScores?$top=1", UriKind.Relative);

    /// <param name="nextLink">The previous page's <c>@odata.nextLink</c>, or null for the first page.</param>
    public async Task<ControlProfilePageDto> GetPageAsync(string tenantId, Uri? nextLink, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, nextLink ?? FirstPage);
        request.Options.Set(GraphAuthorizationHandler.TenantIdKey, tenantId);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(SecureScoreJsonContext.Default.ControlProfilePageDto, cancellationToken)
            ?? throw new JsonException("Graph answered with an empty body.");
    }

    /// <summary>The tenant's latest daily Secure Score snapshot, or null when Graph has none yet.</summary>
    public async Task<SecureScoreDto?> GetLatestScoreAsync(string tenantId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, LatestScore);
        request.Options.Set(GraphAuthorizationHandler.TenantIdKey, tenantId);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        var page = await response.Content.ReadFromJsonAsync(SecureScoreJsonContext.Default.SecureScorePageDto, cancellationToken)
            ?? throw new JsonException("Graph answered with an empty body.");
        return page.Value?.FirstOrDefault(s => s is not null);
    }

    /// <summary>
    /// The tenant's latest <paramref name="count"/> daily snapshots (<c>$top=n</c> is n days: Graph keeps 90 days sorted by
    /// <c>createdDateTime</c>, latest first, Microsoft Learn "secureScore resource type"); the caller still orders them.
    /// </summary>
    public async Task<IReadOnlyList<SecureScoreDto>> GetRecentScoresAsync(string tenantId, int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 90);
        var query = new Uri("security/secureScores?$top=" + count.ToString(CultureInfo.InvariantCulture), UriKind.Relative);
        using var request = new HttpRequestMessage(HttpMethod.Get, query);
        request.Options.Set(GraphAuthorizationHandler.TenantIdKey, tenantId);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        var page = await response.Content.ReadFromJsonAsync(SecureScoreJsonContext.Default.SecureScorePageDto, cancellationToken)
            ?? throw new JsonException("Graph answered with an empty body.");
        return [.. (page.Value ?? []).OfType<SecureScoreDto>()];
    }

    /// <summary>
    /// Writes a control's state (application permission <c>SecurityEvents.ReadWrite.All</c>; Graph answers 204). Not
    /// retried by the resilience handler (unsafe method); a refusal surfaces as <see cref="HttpRequestException"/> with its status.
    /// </summary>
    public async Task UpdateControlStateAsync(string tenantId, string controlId, ControlStateUpdateDto update, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(controlId);
        using var request = new HttpRequestMessage(HttpMethod.Patch, new Uri("security/secureScoreControlProfiles/" + Uri.EscapeDataString(controlId), UriKind.Relative))
        {
            Content = JsonContent.Create(update, SecureScoreJsonContext.Default.ControlStateUpdateDto),
        };
        request.Options.Set(GraphAuthorizationHandler.TenantIdKey, tenantId);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A next link is followed only to the host (scheme and port included) the client was configured for.</summary>
    public bool IsOwnHost(Uri link) =>
        link.IsAbsoluteUri
        && http.BaseAddress is { } baseAddress
        && Uri.Compare(link, baseAddress, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
}
