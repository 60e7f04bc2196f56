using System.Net.Http.Headers;
using SnowChatOps.ServiceNowEmulator.Data;
using SnowChatOps.ServiceNowEmulator.Table;

namespace SnowChatOps.ServiceNowEmulator.OAuth;

/// <summary>Resolves the caller of <c>/api/now/*</c> from a Bearer token (header or <c>access_token</c> parameter) or Basic credentials; 401 otherwise.</summary>
internal sealed class ApiAuthentication(TokenStore tokens, UserDirectory users) : IMiddleware
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Path.StartsWithSegments("/api/now"))
        {
            await next(context);
            return;
        }

        if (Resolve(context.Request) is not { } user)
        {
            context.Response.Headers.WWWAuthenticate = "BASIC realm=\"Service-now\"";
            await SnowErrors.NotAuthenticated().ExecuteAsync(context);
            return;
        }

        context.SetSnowUser(user);
        await next(context);
    }

    private SnowUser? Resolve(HttpRequest request)
    {
        if (BasicCredentials.TryRead(request, out var name, out var password))
        {
            return users.Authenticate(name, password);
        }

        var bearer = AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header) &&
                     header.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase)
            ? header.Parameter
            : null;

        // ServiceNow also takes the access token as an access_token URL parameter (the bot never does: URLs get logged).
        var value = bearer ?? (request.Query["access_token"].ToString() is { Length: > 0 } inUrl ? inUrl : null);
        return value is not null && tokens.FindValid(value, refresh: false) is { } token ? users.Find(token.UserSysId) : null;
    }
}
