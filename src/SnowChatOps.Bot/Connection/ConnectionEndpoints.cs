using Microsoft.AspNetCore.Mvc;
using SnowChatOps.Bot.Connection.Authorization;

namespace SnowChatOps.Bot.Connection;

internal static class ConnectionEndpoints
{
    /// <summary>
    /// GET /oauth/servicenow/callback: ServiceNow's redirect after the admin signs in. It carries no Bot Framework
    /// token (it is the admin's browser); it is authenticated by the single-use <c>state</c> and PKCE.
    /// </summary>
    public static IEndpointRouteBuilder MapConnection(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/oauth/servicenow/callback", async (
            [FromQuery] string? code, [FromQuery] string? state, [FromQuery] string? error,
            HttpResponse response, AuthorizationCompleter completer, CancellationToken cancellationToken) =>
        {
            var page = await completer.CompleteAsync(new OAuthCallback(code, state, error), cancellationToken);
            response.Headers.CacheControl = "no-store";
            response.Headers["Referrer-Policy"] = "no-referrer";
            return Results.Content(page.ToHtml(), "text/html; charset=utf-8", statusCode: page.StatusCode);
        });
        return endpoints;
    }
}
