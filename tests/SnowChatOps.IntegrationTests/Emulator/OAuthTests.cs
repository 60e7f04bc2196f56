using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace SnowChatOps.IntegrationTests.Emulator;

public sealed class OAuthTests : IAsyncDisposable
{
    private const string Opaque = """{"error_description":"access_denied","error":"server_error"}""";
    private readonly EmulatorFactory emulator = new();

    public ValueTask DisposeAsync() => emulator.DisposeAsync();

    [Fact]
    public async Task AuthorizationCode_WithPkce_IssuesTokenThatReadsTableApiAsUser()
    {
        var browser = emulator.Browser();
        var (verifier, challenge) = BrowserFlow.Pkce();
        var (code, state) = await BrowserFlow.AuthorizeAsync(browser, "st-42", challenge);

        using var response = await BrowserFlow.ExchangeAsync(emulator.CreateClient(), code, verifier);

        var token = await response.JsonAsync();
        Assert.Equal("st-42", state);
        Assert.Equal(["Bearer", "useraccount", "1799"],
            [token.Text("token_type"), token.Text("scope"), token["expires_in"]!.ToJsonString()]);
        Assert.Equal("m365.integration", await WhoAmIAsync(token.Text("access_token")));
    }

    [Fact]
    public async Task Authorize_ConsentPage_NamesTheApp()
    {
        var consent = await BrowserFlow.SignInAsync(emulator.Browser(), BrowserFlow.AuthorizeUrl("s"), "m365.integration", "Integration#2026");

        Assert.Contains("\"SnowChatOps Teams connector\" wants to connect to your ServiceNow account", consent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authorize_Deny_RedirectsWithAccessDeniedAndState()
    {
        var browser = emulator.Browser();
        var consent = await BrowserFlow.SignInAsync(browser, BrowserFlow.AuthorizeUrl("st-7"), "m365.integration", "Integration#2026");

        var target = await BrowserFlow.DecideAsync(browser, consent, "deny");

        var query = QueryHelpers.ParseQuery(target.Query);
        Assert.Equal(EmulatorFactory.Callback, target.GetLeftPart(UriPartial.Path));
        Assert.Equal(["access_denied", "st-7"], [query["error"].ToString(), query["state"].ToString()]);
        Assert.False(query.ContainsKey("code"));
    }

    [Fact]
    public async Task Authorize_NotYou_SignsOutAndShowsLoginAgain()
    {
        var browser = emulator.Browser();
        var consent = await BrowserFlow.SignInAsync(browser, BrowserFlow.AuthorizeUrl("s"), "m365.integration", "Integration#2026");
        var logout = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(consent, "id=\"not_you\" href=\"([^\"]+)\"").Groups[1].Value);

        using var signedOut = await browser.GetAsync(logout, TestContext.Current.CancellationToken);
        var page = await browser.GetStringAsync(signedOut.Headers.Location, TestContext.Current.CancellationToken);

        Assert.Contains("action=\"/login.do\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authorize_UnregisteredRedirectUri_ShowsErrorPageWithoutRedirect()
    {
        using var response = await emulator.Browser().GetAsync(
            BrowserFlow.AuthorizeUrl("s", redirectUri: "https://evil.example/cb"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Authorize_RedirectUriAddedViaControlApi_IsAccepted()
    {
        const string Added = "http://127.0.0.1:49999/oauth/servicenow/callback";
        using var put = await emulator.CreateClient().PutAsJsonAsync("/_emulator/oauth/redirect-uris",
            new { redirectUris = new[] { EmulatorFactory.Callback, Added } }, TestContext.Current.CancellationToken);

        using var response = await emulator.Browser().GetAsync(BrowserFlow.AuthorizeUrl("s", redirectUri: Added), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_ReplayedCode_AnswersOpaque401()
    {
        var (code, _) = await BrowserFlow.AuthorizeAsync(emulator.Browser(), "s");
        using var first = await BrowserFlow.ExchangeAsync(emulator.CreateClient(), code);

        using var replay = await BrowserFlow.ExchangeAsync(emulator.CreateClient(), code);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Equal(Opaque, await replay.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Token_PkceVerifierMissing_AnswersOpaque401()
    {
        var (_, challenge) = BrowserFlow.Pkce();
        var (code, _) = await BrowserFlow.AuthorizeAsync(emulator.Browser(), "s", challenge);

        using var response = await BrowserFlow.ExchangeAsync(emulator.CreateClient(), code);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Token_CodeAfterLifespan_AnswersOpaque401()
    {
        var (code, _) = await BrowserFlow.AuthorizeAsync(emulator.Browser(), "s");
        emulator.Time.Advance(TimeSpan.FromSeconds(61));

        using var response = await BrowserFlow.ExchangeAsync(emulator.CreateClient(), code);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Token_WrongClientSecret_AnswersOpaque401()
    {
        var (code, _) = await BrowserFlow.AuthorizeAsync(emulator.Browser(), "s");

        using var response = await BrowserFlow.TokenAsync(emulator.CreateClient(), new()
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = EmulatorFactory.Callback, ["client_secret"] = "wrong",
        });

        Assert.Equal(Opaque, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Token_JsonBody_RejectedBecauseOnlyFormEncodingIsAccepted()
    {
        var (code, _) = await BrowserFlow.AuthorizeAsync(emulator.Browser(), "s");

        using var response = await emulator.CreateClient().PostAsJsonAsync("/oauth_token.do", new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = EmulatorFactory.Callback,
            ["client_id"] = BrowserFlow.ClientId, ["client_secret"] = BrowserFlow.ClientSecret,
        }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(Opaque, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Token_PasswordGrantDisabledByDefault_AnswersOpaque401()
    {
        using var response = await BrowserFlow.TokenAsync(emulator.CreateClient(), new()
        {
            ["grant_type"] = "password", ["username"] = "m365.integration", ["password"] = "Integration#2026",
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Refresh_ValidRefreshToken_IssuesNewWorkingAccessToken()
    {
        var token = await TokensAsync();
        emulator.Time.Advance(TimeSpan.FromSeconds(1801));

        using var response = await BrowserFlow.TokenAsync(emulator.CreateClient(), new()
        {
            ["grant_type"] = "refresh_token", ["refresh_token"] = token.Text("refresh_token"),
        });

        var refreshed = await response.JsonAsync();
        Assert.NotEqual(token.Text("access_token"), refreshed.Text("access_token"));
        Assert.Equal("m365.integration", await WhoAmIAsync(refreshed.Text("access_token")));
        Assert.Null(await WhoAmIAsync(token.Text("access_token")));
    }

    [Fact]
    public async Task Revoke_AccessToken_TableApiAnswers401()
    {
        var token = await TokensAsync();

        using var revoked = await emulator.CreateClient().PostAsync(
            $"/oauth_revoke_token.do?token={Uri.EscapeDataString(token.Text("access_token"))}", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Null(await WhoAmIAsync(token.Text("access_token")));
    }

    [Fact]
    public async Task AccessToken_AfterLifespan_TableApiAnswers401()
    {
        var token = await TokensAsync();
        Assert.NotNull(await WhoAmIAsync(token.Text("access_token")));

        emulator.Time.Advance(TimeSpan.FromSeconds(1800));

        Assert.Null(await WhoAmIAsync(token.Text("access_token")));
    }

    [Fact]
    public async Task LoginPage_Development_ShowsDemoBox()
    {
        var page = await emulator.Browser().GetStringAsync(BrowserFlow.AuthorizeUrl("s"), TestContext.Current.CancellationToken);

        Assert.Contains("Emulator demo", page, StringComparison.Ordinal);
        Assert.Contains(BrowserFlow.ClientSecret, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginPage_Production_HasNoDemoBoxAndNoControlApi()
    {
        await using var production = new EmulatorFactory { Environment = "Production" };
        production.Settings.Remove("Emulator:ControlApi");

        var page = await production.Browser().GetStringAsync(BrowserFlow.AuthorizeUrl("s"), TestContext.Current.CancellationToken);
        using var control = await production.CreateClient().GetAsync("/_emulator/faults", TestContext.Current.CancellationToken);

        Assert.DoesNotContain("Emulator demo", page, StringComparison.Ordinal);
        Assert.DoesNotContain(BrowserFlow.ClientSecret, page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, control.StatusCode);
    }

    private async Task<JsonObject> TokensAsync()
    {
        var (code, _) = await BrowserFlow.AuthorizeAsync(emulator.Browser(), "s");
        using var response = await BrowserFlow.ExchangeAsync(emulator.CreateClient(), code);
        return await response.JsonAsync();
    }

    /// <summary>The user_name the Table API sees for this token, or null on 401.</summary>
    private async Task<string?> WhoAmIAsync(string accessToken)
    {
        var client = emulator.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await client.GetAsync("/api/now/table/sys_user?sysparm_query=sys_id=javascript:gs.getUserID()", TestContext.Current.CancellationToken);
        return response.StatusCode == HttpStatusCode.Unauthorized ? null : Assert.Single((await response.JsonAsync())["result"]!.AsArray()).Text("user_name");
    }
}
