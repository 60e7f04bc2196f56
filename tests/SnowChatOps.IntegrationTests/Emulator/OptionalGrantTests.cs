using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SnowChatOps.IntegrationTests.Emulator;

public sealed class OptionalGrantTests
{
    [Fact]
    public async Task PasswordGrant_WhenEnabled_IssuesTokenForUser()
    {
        await using var emulator = new EmulatorFactory();
        emulator.Settings["Emulator:OAuth:PasswordGrantEnabled"] = "true";

        using var response = await BrowserFlow.TokenAsync(emulator.CreateClient(), new()
        {
            ["grant_type"] = "password", ["username"] = "m365.integration", ["password"] = "Integration#2026",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer", (await response.JsonAsync()).Text("token_type"));
    }

    [Fact]
    public async Task ClientCredentials_DisabledByDefault_AnswersOpaque401()
    {
        await using var emulator = new EmulatorFactory();

        using var response = await BrowserFlow.TokenAsync(emulator.CreateClient(), new() { ["grant_type"] = "client_credentials" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("server_error", (await response.JsonAsync()).Text("error"));
    }

    [Fact]
    public async Task ClientCredentials_WhenEnabled_IssuesTokenAsApplicationUser()
    {
        await using var emulator = new EmulatorFactory();
        emulator.Settings["Emulator:OAuth:ClientCredentialsGrantEnabled"] = "true";

        using var response = await BrowserFlow.TokenAsync(emulator.CreateClient(), new() { ["grant_type"] = "client_credentials" });
        var token = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(token.ContainsKey("refresh_token"));
        Assert.Equal("m365.api", await WhoAmIAsync(emulator, token.Text("access_token")));
    }

    [Fact]
    public async Task ClientCredentials_PropertySetByAdminThroughTableApi_EnablesTheGrant()
    {
        await using var emulator = new EmulatorFactory();
        var admin = emulator.As("admin", "Admin#2026");
        var property = Assert.Single((await admin.GetFromJsonAsync<JsonObject>(
            "/api/now/table/sys_properties?sysparm_query=name=glide.oauth.inbound.client.credential.grant_type.enabled", TestContext.Current.CancellationToken))!["result"]!.AsArray());

        using var patch = await admin.PatchAsJsonAsync($"/api/now/table/sys_properties/{property.Text("sys_id")}", new { value = "true" }, TestContext.Current.CancellationToken);
        using var response = await BrowserFlow.TokenAsync(emulator.CreateClient(), new() { ["grant_type"] = "client_credentials" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ClientCredentials_EntityWithoutApplicationUser_AnswersOpaque401()
    {
        await using var emulator = new EmulatorFactory();
        emulator.Settings["Emulator:OAuth:ClientCredentialsGrantEnabled"] = "true";
        emulator.Settings["Emulator:OAuth:ClientCredentialsUser"] = "nobody";

        using var response = await BrowserFlow.TokenAsync(emulator.CreateClient(), new() { ["grant_type"] = "client_credentials" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<string> WhoAmIAsync(EmulatorFactory emulator, string accessToken)
    {
        var client = emulator.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        var result = await client.GetFromJsonAsync<JsonObject>("/api/now/table/sys_user?sysparm_query=sys_id=javascript:gs.getUserID()", TestContext.Current.CancellationToken);
        return Assert.Single(result!["result"]!.AsArray()).Text("user_name");
    }

    [Fact]
    public async Task LoginPage_WebServiceOnlyUserByDefault_IsRefused()
    {
        await using var emulator = new EmulatorFactory();
        var browser = emulator.Browser();

        using var response = await SignInAsync(browser, "m365.api", "Api#2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("User name or password invalid", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginPage_WebServiceOnlyUserWhenEnforcementOff_SignsIn()
    {
        await using var emulator = new EmulatorFactory();
        emulator.Settings["Emulator:OAuth:EnforceWebServiceAccessOnly"] = "false";
        var browser = emulator.Browser();

        using var response = await SignInAsync(browser, "m365.api", "Api#2026");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
    }

    [Fact]
    public async Task LoginPage_InteractiveIntegrationUser_SignsIn()
    {
        await using var emulator = new EmulatorFactory();
        var browser = emulator.Browser();

        using var response = await SignInAsync(browser, "m365.integration", "Integration#2026");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient browser, string user, string password) =>
        browser.PostAsync("/login.do", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["user_name"] = user, ["user_password"] = password, ["sysparm_goto"] = "/agent",
        }), TestContext.Current.CancellationToken);
}
