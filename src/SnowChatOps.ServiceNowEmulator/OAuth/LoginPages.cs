using System.Net;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using SnowChatOps.ServiceNowEmulator.Data;

namespace SnowChatOps.ServiceNowEmulator.OAuth;

/// <summary>Server-rendered login, consent and error pages of the emulated instance.</summary>
internal static class LoginPages
{
    public static IResult Login(string gotoUrl, string? error, bool showDemo)
    {
        var body = new StringBuilder()
            .Append("<h1>ServiceNow</h1><h2>Log in</h2>")
            .Append(error is null ? "" : $"<p class=\"error\" role=\"alert\">{E(error)}</p>")
            .Append("<form method=\"post\" action=\"/login.do\">")
            .Append($"<input type=\"hidden\" name=\"sysparm_goto\" value=\"{E(gotoUrl)}\">")
            .Append("<label for=\"user_name\">User name</label><input id=\"user_name\" name=\"user_name\" autocomplete=\"username\">")
            .Append("<label for=\"user_password\">Password</label><input id=\"user_password\" name=\"user_password\" type=\"password\" autocomplete=\"current-password\">")
            .Append("<button type=\"submit\" id=\"sysverb_login\">Log in</button></form>");
        if (showDemo)
        {
            body.Append("<aside class=\"demo\" aria-label=\"Emulator demo\"><h3>Emulator demo (Development only, fake values)</h3><ul>");
            foreach (var (user, password) in Seeder.DemoLogins)
            {
                body.Append($"<li>User <code>{E(user)}</code> / password <code>{E(password)}</code></li>");
            }

            body.Append($"<li>OAuth client id <code>{Seeder.ClientId}</code> / client secret <code>{Seeder.ClientSecret}</code></li></ul></aside>");
        }

        return Page("Log in | ServiceNow", body.ToString());
    }

    public static IResult Consent(AuthorizeRequest request, OAuthClient client, SnowUser user)
    {
        var logout = QueryHelpers.AddQueryString("/logout.do", "sysparm_goto", request.AuthorizeUrl());
        var body = new StringBuilder()
            .Append($"<h1>\"{E(client.Name)}\" wants to connect to your ServiceNow account</h1>")
            .Append($"<p>Signed in as <strong>{E(user.Name)}</strong> ({E(user.UserName)}). <a id=\"not_you\" href=\"{E(logout)}\">Not you?</a></p>")
            .Append("<form method=\"post\" action=\"/oauth_auth.do\">");
        foreach (var (key, value) in request.Parameters())
        {
            body.Append($"<input type=\"hidden\" name=\"{E(key)}\" value=\"{E(value!)}\">");
        }

        body.Append("<button type=\"submit\" name=\"action\" value=\"allow\" id=\"allow\">Allow</button>")
            .Append("<button type=\"submit\" name=\"action\" value=\"deny\" id=\"deny\">Deny</button></form>");
        return Page("Authorize | ServiceNow", body.ToString());
    }

    public static IResult Error(string message) =>
        Page("Error | ServiceNow", $"<h1>OAuth error</h1><p role=\"alert\">{E(message)}</p>", StatusCodes.Status400BadRequest);

    public static IResult Page(string title, string body, int status = StatusCodes.Status200OK) => Results.Content(
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{E(title)}</title><style>{Css}</style></head><body><main>{body}</main></body></html>",
        "text/html; charset=utf-8", Encoding.UTF8, status);

    private const string Css =
        "body{font-family:sans-serif;background:#f4f5f7;margin:0}main{max-width:640px;margin:2em auto;background:#fff;padding:2em;border-radius:6px}" +
        "label{display:block;margin-top:1em}input,select,textarea{width:100%;padding:.4em}button{margin:1em .5em 0 0;padding:.5em 1.5em}" +
        ".error{color:#b00}.demo{margin-top:2em;border:2px dashed #c60;padding:1em;background:#fff8ef}table{width:100%;border-collapse:collapse}" +
        "td,th{border-bottom:1px solid #ddd;padding:.3em;text-align:left}pre{white-space:pre-wrap}";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
