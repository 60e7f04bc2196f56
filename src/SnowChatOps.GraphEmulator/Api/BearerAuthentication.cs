using Microsoft.Extensions.Options;
using SnowChatOps.GraphEmulator.Data;

namespace SnowChatOps.GraphEmulator.Api;

/// <summary>
/// Records every <c>/v1.0/*</c> request and refuses one without <c>Authorization: Bearer {GraphEmulator:BearerToken}</c>
/// with 401 InvalidAuthenticationToken, as Graph refuses a missing or foreign token. The control API is open (loopback tool).
/// </summary>
internal sealed class BearerAuthentication(RequestDelegate next, IOptions<GraphEmulatorOptions> options, GraphState state)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/v1.0", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var authorization = context.Request.Headers.Authorization.ToString();
        state.Requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path, context.Request.QueryString.Value ?? string.Empty, authorization));
        if (!string.Equals(authorization, "Bearer " + options.Value.BearerToken, StringComparison.Ordinal))
        {
            await GraphErrors.Error(StatusCodes.Status401Unauthorized, "InvalidAuthenticationToken", "Access token is empty or invalid.").ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}
