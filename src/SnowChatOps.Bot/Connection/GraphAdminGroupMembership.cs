using System.Net.Http.Json;
using System.Text.Json.Serialization;
using SnowChatOps.Bot.MicrosoftGraph;

namespace SnowChatOps.Bot.Connection;

/// <summary>
/// Microsoft Graph <c>POST /users/{id}/checkMemberGroups</c> with an app-only token for the user's tenant
/// (application permission GroupMember.Read.All). Transitive membership counts, as Graph defines it.
/// </summary>
internal sealed class GraphAdminGroupMembership(HttpClient http) : IAdminGroupMembership
{
    public async Task<bool> IsMemberOfAnyAsync(string tenantId, string userAadObjectId, IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"users/{Uri.EscapeDataString(userAadObjectId)}/checkMemberGroups")
        {
            Content = JsonContent.Create(new CheckMemberGroups(groupIds)),
        };
        request.Options.Set(GraphAuthorizationHandler.TenantIdKey, tenantId);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync<MemberGroups>(cancellationToken);
        return result?.Value.Intersect(groupIds, StringComparer.OrdinalIgnoreCase).Any() == true;
    }

    private sealed record CheckMemberGroups([property: JsonPropertyName("groupIds")] IReadOnlyCollection<string> GroupIds);

    private sealed record MemberGroups([property: JsonPropertyName("value")] IReadOnlyList<string> Value);
}
