using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SnowChatOps.GraphEmulator.Data;

namespace SnowChatOps.GraphEmulator.Api;

/// <summary>
/// <c>/v1.0/security/secureScoreControlProfiles</c> (list with <c>$top</c>/<c>$skiptoken</c> paging, get, PATCH) and
/// <c>/v1.0/security/secureScores</c> (newest first, <c>$top</c>), per Microsoft Learn's v1.0 pages for each call.
/// </summary>
internal static class SecurityApi
{
    private const string Profiles = "/v1.0/security/secureScoreControlProfiles";

    public static IEndpointRouteBuilder MapSecurityApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Profiles, ListProfiles);
        endpoints.MapGet(Profiles + "/{id}", (string id, GraphState state) =>
            state.Find(id) is { } profile ? Results.Json(profile) : NotFound(id));
        endpoints.MapPatch(Profiles + "/{id}", PatchProfileAsync);
        endpoints.MapGet("/v1.0/security/secureScores", (HttpContext context, GraphState state) =>
            state.TryThrottle(FaultTarget.Scores)
                ? GraphErrors.Throttled(context)
                : Results.Json(new JsonObject
                {
                    ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#security/secureScores",
                    ["value"] = new JsonArray([.. state.Snapshots(Top(context, int.MaxValue))]),
                }));
        return endpoints;
    }

    private static IResult ListProfiles(HttpContext context, GraphState state, IOptions<GraphEmulatorOptions> options)
    {
        if (state.TryThrottle(FaultTarget.Profiles))
        {
            return GraphErrors.Throttled(context);
        }

        var top = Math.Min(Top(context, options.Value.PageSize), options.Value.PageSize);
        var skip = int.TryParse(context.Request.Query["$skiptoken"], NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        var (items, more) = state.Page(skip, top);
        var page = new JsonObject
        {
            ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#security/secureScoreControlProfiles",
            ["value"] = new JsonArray([.. items]),
        };
        if (more)
        {
            var request = context.Request;
            page["@odata.nextLink"] = $"{request.Scheme}://{request.Host}{Profiles}?$top={top}&$skiptoken={skip + top}";
        }

        return Results.Json(page);
    }

    /// <summary>
    /// Microsoft Learn, "Update secureScoreControlProfile": the body must carry <c>vendorInformation</c> with provider
    /// and vendor; <c>state</c> is Default, Ignored, ThirdParty or Reviewed; 204, or 200 with the profile when
    /// <c>Prefer: return=representation</c>. Needs SecurityEvents.ReadWrite.All (403 otherwise).
    /// </summary>
    private static async Task<IResult> PatchProfileAsync(string id, HttpContext context, GraphState state)
    {
        if (!state.CanWrite)
        {
            return GraphErrors.Error(StatusCodes.Status403Forbidden, "Forbidden", "Insufficient privileges to complete the operation.");
        }

        JsonObject? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject;
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body?["vendorInformation"] is not JsonObject vendor
            || string.IsNullOrEmpty((string?)vendor["provider"]) || string.IsNullOrEmpty((string?)vendor["vendor"]))
        {
            return GraphErrors.Error(StatusCodes.Status400BadRequest, "BadRequest", "vendorInformation with provider and vendor is required.");
        }

        var newState = body.TryGetPropertyValue("state", out var s) ? (string?)s : null;
        if (newState is not null && !GraphState.IsKnownState(newState))
        {
            return GraphErrors.Error(StatusCodes.Status400BadRequest, "BadRequest", "state must be Default, Ignored, ThirdParty or Reviewed.");
        }

        var updated = state.Apply(id, body, newState, "snowchatops-dev-app");
        if (updated is null)
        {
            return NotFound(id);
        }

        var representation = context.Request.Headers["Prefer"].ToString().Contains("return=representation", StringComparison.OrdinalIgnoreCase);
        return representation ? Results.Json(updated) : Results.NoContent();
    }

    private static int Top(HttpContext context, int fallback) =>
        int.TryParse(context.Request.Query["$top"], NumberStyles.None, CultureInfo.InvariantCulture, out var top) && top > 0 ? top : fallback;

    private static IResult NotFound(string id) =>
        GraphErrors.Error(StatusCodes.Status404NotFound, "ResourceNotFound", $"No control profile with id '{id}'.");
}
