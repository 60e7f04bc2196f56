using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SnowChatOps.ServiceNowEmulator.Data;

namespace SnowChatOps.ServiceNowEmulator.OAuth;

/// <summary>
/// <c>/oauth_token.do</c> and <c>/oauth_revoke_token.do</c>. Every failure answers ServiceNow's opaque
/// 401 <c>{"error_description":"access_denied","error":"server_error"}</c>; the real cause is only logged.
/// </summary>
internal static class TokenEndpoints
{
    public static IEndpointRouteBuilder MapTokens(this IEndpointRouteBuilder app)
    {
        app.MapPost("/oauth_token.do", TokenAsync).DisableAntiforgery();
        // Documented as a URL to open (GET, no authentication); POST with a form is accepted too.
        app.MapMethods("/oauth_revoke_token.do", [HttpMethods.Get, HttpMethods.Post], RevokeAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> TokenAsync(HttpContext context, OAuthClients clients, AuthCodeStore codes, TokenStore tokens,
        UserDirectory users, IOptions<OAuthOptions> options, ILogger<TokenStore> logger, CancellationToken ct)
    {
        if (!context.Request.HasFormContentType)
        {
            return Denied(logger, "body is not application/x-www-form-urlencoded");
        }

        var form = await context.Request.ReadFormAsync(ct);
        var (clientId, secret) = ClientCredentials(context.Request, form);
        if (clients.Authenticate(clientId, secret) is not { } client)
        {
            return Denied(logger, "unknown or inactive client, or wrong client secret");
        }

        var grant = form["grant_type"].ToString();
        var (userSysId, refresh, why) = Resolve(grant, form, client, clients, codes, tokens, users, options.Value);
        if (userSysId is null || users.Find(userSysId) is null)
        {
            return Denied(logger, why ?? "user inactive");
        }

        // The client-credentials grant issues no refresh token: the client asks again when the access token expires.
        if (grant != "client_credentials")
        {
            refresh ??= tokens.IssueRefresh(client.ClientId, userSysId, client.RefreshLifespan);
        }

        var access = tokens.IssueAccess(client.ClientId, userSysId, client.AccessLifespan, refresh?.Value);
        OAuthLog.TokenIssued(logger, grant, client.ClientId);
        var answer = new JsonObject { ["access_token"] = access.Value };
        if (refresh is not null)
        {
            answer["refresh_token"] = refresh.Value;
        }

        answer["scope"] = form["scope"].ToString() is { Length: > 0 } scope ? scope : "useraccount";
        answer["token_type"] = "Bearer";
        answer["expires_in"] = client.AccessLifespan - 1;
        return Results.Json(answer);
    }

    private static (string? User, IssuedToken? Refresh, string? Why) Resolve(string grant, IFormCollection form, OAuthClient client,
        OAuthClients clients, AuthCodeStore codes, TokenStore tokens, UserDirectory users, OAuthOptions options) => grant switch
    {
        "authorization_code" => FromCode(form, client, codes),
        "refresh_token" => tokens.FindValid(form["refresh_token"].ToString(), refresh: true) is { } r && r.ClientId == client.ClientId
            ? (r.UserSysId, r, null)
            : (null, null, "refresh token unknown, expired, revoked or for another client"),
        "password" when options.PasswordGrantEnabled =>
            (users.Authenticate(form["username"].ToString(), form["password"].ToString())?.SysId, null, "bad user credentials"),
        "client_credentials" when clients.ClientCredentialsEnabled() => client.ApplicationUserSysId.Length > 0
            ? (users.Find(client.ApplicationUserSysId)?.SysId, null, "OAuth Application User inactive")
            : (null, null, "the entity has no OAuth Application User"),
        _ => (null, null, $"grant type '{grant}' unsupported or disabled"),
    };

    private static (string? User, IssuedToken? Refresh, string? Why) FromCode(IFormCollection form, OAuthClient client, AuthCodeStore codes)
    {
        if (codes.Redeem(form["code"].ToString()) is not { } code)
        {
            return (null, null, "authorization code unknown, expired or already used");
        }

        if (code.ClientId != client.ClientId || code.RedirectUri != form["redirect_uri"].ToString())
        {
            return (null, null, "authorization code issued to another client or redirect_uri");
        }

        return VerifierMatches(code, form["code_verifier"].ToString()) ? (code.UserSysId, null, null) : (null, null, "PKCE code_verifier mismatch");
    }

    private static bool VerifierMatches(AuthCode code, string verifier) => code.CodeChallenge switch
    {
        null => true,
        var challenge when code.ChallengeMethod == "plain" => verifier == challenge,
        var challenge => verifier.Length > 0 && TokenStore.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))) == challenge,
    };

    private static (string? Id, string? Secret) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        if (BasicCredentials.TryRead(request, out var id, out var secret))
        {
            return (id, secret);
        }

        return (form["client_id"].ToString(), form["client_secret"].ToString());
    }

    private static async Task<IResult> RevokeAsync(HttpContext context, TokenStore tokens, CancellationToken ct)
    {
        var token = context.Request.Query["token"].ToString();
        if (token.Length == 0 && context.Request.HasFormContentType)
        {
            token = (await context.Request.ReadFormAsync(ct))["token"].ToString();
        }

        tokens.Revoke(token);
        return Results.Ok();
    }

    private static IResult Denied(ILogger logger, string reason)
    {
        OAuthLog.TokenDenied(logger, reason);
        return Results.Json(new JsonObject { ["error_description"] = "access_denied", ["error"] = "server_error" }, statusCode: StatusCodes.Status401Unauthorized);
    }
}
