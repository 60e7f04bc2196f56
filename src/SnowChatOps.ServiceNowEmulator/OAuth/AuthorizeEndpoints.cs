using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;
using SnowChatOps.ServiceNowEmulator.Data;

namespace SnowChatOps.ServiceNowEmulator.OAuth;

/// <summary><c>/oauth_auth.do</c> (login, then Allow/Deny), <c>/login.do</c> and <c>/logout.do</c>.</summary>
internal static class AuthorizeEndpoints
{
    public static IEndpointRouteBuilder MapAuthorize(this IEndpointRouteBuilder app)
    {
        app.MapGet("/oauth_auth.do", (HttpContext context, OAuthClients clients, SessionStore sessions, UserDirectory users, IHostEnvironment env) =>
            Authorize(AuthorizeRequest.From(k => context.Request.Query[k]), context, clients, sessions, users, env));
        app.MapPost("/oauth_auth.do", DecideAsync).DisableAntiforgery();
        app.MapGet("/login.do", (string? sysparm_goto, IHostEnvironment env) =>
            LoginPages.Login(LocalOr(sysparm_goto, "/agent"), null, env.IsDevelopment()));
        app.MapPost("/login.do", LoginAsync).DisableAntiforgery();
        app.MapGet("/logout.do", (string? sysparm_goto, HttpContext context, SessionStore sessions) =>
        {
            sessions.SignOut(context);
            return Results.Redirect(LocalOr(sysparm_goto, "/login.do"));
        });
        return app;
    }

    private static IResult Authorize(AuthorizeRequest request, HttpContext context, OAuthClients clients, SessionStore sessions, UserDirectory users, IHostEnvironment env)
    {
        if (!TryValidate(request, clients, out var client, out var redirectUri, out var invalid))
        {
            return invalid;
        }

        if (request.ResponseType != "code" || request.ChallengeMethod is not (null or "S256" or "plain"))
        {
            var error = request.ResponseType != "code" ? "unsupported_response_type" : "invalid_request";
            return Results.Redirect(request.RedirectWith(redirectUri, [new("error", error)]));
        }

        return sessions.UserOf(context) is { } sysId && users.Find(sysId) is { } user
            ? LoginPages.Consent(request, client, user)
            : LoginPages.Login(request.AuthorizeUrl(), null, env.IsDevelopment());
    }

    private static async Task<IResult> DecideAsync(HttpContext context, OAuthClients clients, SessionStore sessions, UserDirectory users,
        AuthCodeStore codes, IHostEnvironment env, CancellationToken ct)
    {
        var form = await context.Request.ReadFormAsync(ct);
        var request = AuthorizeRequest.From(k => form[k]);
        if (!TryValidate(request, clients, out var client, out var redirectUri, out var invalid))
        {
            return invalid;
        }

        if (sessions.UserOf(context) is not { } sysId || users.Find(sysId) is null)
        {
            return LoginPages.Login(request.AuthorizeUrl(), "Your session has expired. Please log in again.", env.IsDevelopment());
        }

        if (form["action"] != "allow")
        {
            return Results.Redirect(request.RedirectWith(redirectUri, [new("error", "access_denied")]));
        }

        var code = codes.Issue(client.ClientId, redirectUri, sysId, request.CodeChallenge, request.ChallengeMethod);
        return Results.Redirect(request.RedirectWith(redirectUri, [new("code", code.Value)]));
    }

    private static async Task<IResult> LoginAsync(HttpContext context, UserDirectory users, SessionStore sessions,
        IOptions<OAuthOptions> options, IHostEnvironment env, CancellationToken ct)
    {
        var form = await context.Request.ReadFormAsync(ct);
        var gotoUrl = LocalOr(form["sysparm_goto"], "/agent");
        var user = users.Authenticate(form["user_name"].ToString(), form["user_password"].ToString());
        if (user is null || (user.WebServiceAccessOnly && options.Value.EnforceWebServiceAccessOnly))
        {
            return LoginPages.Login(gotoUrl, "User name or password invalid", env.IsDevelopment());
        }

        sessions.SignIn(context, user.SysId);
        return Results.Redirect(gotoUrl);
    }

    private static bool TryValidate(AuthorizeRequest request, OAuthClients clients,
        [NotNullWhen(true)] out OAuthClient? client, out string redirectUri, [NotNullWhen(false)] out IResult? error)
    {
        client = clients.FindActive(request.ClientId);
        redirectUri = client is null ? "" : request.RedirectUri ?? client.RedirectUris.FirstOrDefault() ?? "";
        error = client is null
            ? LoginPages.Error("Invalid client_id: the application is not registered or is inactive.")
            : client.RedirectUris.Contains(redirectUri, StringComparer.Ordinal)
                ? null
                : LoginPages.Error("Invalid redirect_uri: it does not match a redirect URL registered for this application.");
        return error is null;
    }

    // Only same-site paths: an open redirect on the login page would be a phishing aid.
    private static string LocalOr(string? url, string fallback) =>
        url is { Length: > 0 } && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : fallback;
}
