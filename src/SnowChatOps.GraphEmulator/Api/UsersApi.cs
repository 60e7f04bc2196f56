using System.Text.Json;
using SnowChatOps.GraphEmulator.Data;

namespace SnowChatOps.GraphEmulator.Api;

/// <summary><c>POST /v1.0/users/{id}/checkMemberGroups</c>: which of the asked group ids the user is a member of.</summary>
internal static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/v1.0/users/{id}/checkMemberGroups", async (string id, HttpContext context, GraphState state) =>
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            if (!body.RootElement.TryGetProperty("groupIds", out var groupIds) || groupIds.ValueKind != JsonValueKind.Array)
            {
                return GraphErrors.Error(StatusCodes.Status400BadRequest, "BadRequest", "groupIds is required.");
            }

            var asked = groupIds.EnumerateArray().Select(g => g.GetString() ?? string.Empty);
            var member = state.Memberships.TryGetValue(id, out var groups) ? groups : [];
            return Results.Json(new { value = asked.Intersect(member, StringComparer.OrdinalIgnoreCase).ToArray() });
        });
        return endpoints;
    }
}
