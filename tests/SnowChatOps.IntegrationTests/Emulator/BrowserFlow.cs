using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace SnowChatOps.IntegrationTests.Emulator;

/// <summary>Drives the emulator's OAuth pages over HTTP the way a browser would: GET, fill forms, follow redirects by hand.</summary>
internal static partial class BrowserFlow
{
    public const string ClientId = "snowchatops-dev-client";
    public const string ClientSecret = "snowchatops-dev-secret";

    public static string AuthorizeUrl(string state, string? challenge = null, string redirectUri = EmulatorFactory.Callback)
    {
        var query = new Dictionary<string, string?>
        {
            ["response_type"] = "code", ["client_id"] = ClientId, ["redirect_uri"] = redirectUri, ["state"] = state,
        };
        if (challenge is not null)
        {
            query["code_challenge"] = challenge;
            query["code_challenge_method"] = "S256";
        }

        return QueryHelpers.AddQueryString("/oauth_auth.do", query);
    }

    /// <summary>Login page -> POST credentials -> consent page; returns the consent page HTML.</summary>
    public static async Task<string> SignInAsync(HttpClient browser, string authorizeUrl, string user, string password)
    {
        var ct = TestContext.Current.CancellationToken;
        var login = await browser.GetStringAsync(authorizeUrl, ct);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["user_name"] = user, ["user_password"] = password, ["sysparm_goto"] = Hidden(login)["sysparm_goto"],
        });
        using var posted = await browser.PostAsync("/login.do", form, ct);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        return await browser.GetStringAsync(posted.Headers.Location, ct);
    }

    /// <summary>Clicks Allow or Deny on the consent page; returns the redirect target.</summary>
    public static async Task<Uri> DecideAsync(HttpClient browser, string consentHtml, string action)
    {
        var fields = Hidden(consentHtml);
        fields["action"] = action;
        using var form = new FormUrlEncodedContent(fields);
        using var response = await browser.PostAsync("/oauth_auth.do", form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!;
    }

    public static async Task<(string Code, string State)> AuthorizeAsync(HttpClient browser, string state, string? challenge = null)
    {
        var consent = await SignInAsync(browser, AuthorizeUrl(state, challenge), "m365.integration", "Integration#2026");
        var query = QueryHelpers.ParseQuery((await DecideAsync(browser, consent, "allow")).Query);
        return (query["code"].ToString(), query["state"].ToString());
    }

    public static Task<HttpResponseMessage> TokenAsync(HttpClient client, Dictionary<string, string> fields)
    {
        fields.TryAdd("client_id", ClientId);
        fields.TryAdd("client_secret", ClientSecret);
        return client.PostAsync("/oauth_token.do", new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
    }

    public static Task<HttpResponseMessage> ExchangeAsync(HttpClient client, string code, string? verifier = null)
    {
        var fields = new Dictionary<string, string> { ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = EmulatorFactory.Callback };
        if (verifier is not null)
        {
            fields["code_verifier"] = verifier;
        }

        return TokenAsync(client, fields);
    }

    public static (string Verifier, string Challenge) Pkce()
    {
        var verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (verifier, WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    public static Dictionary<string, string> Hidden(string html) => HiddenInput().Matches(html)
        .ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenInput();
}
