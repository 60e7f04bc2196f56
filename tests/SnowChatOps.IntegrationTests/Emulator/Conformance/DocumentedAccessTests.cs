using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SnowChatOps.IntegrationTests.Emulator.Conformance;

/// <summary>
/// Access behaviours documented by ServiceNow that the emulator once refused or missed: rate-limit headers on every
/// covered answer, the access_token URL parameter, revoke by GET, and missing custom columns silently losing data.
/// </summary>
public sealed class DocumentedAccessTests : IAsyncDisposable
{
    private readonly EmulatorFactory emulator = new();

    public ValueTask DisposeAsync() => emulator.DisposeAsync();

    [Fact]
    public async Task RateLimitRule_RequestUnderTheLimit_CarriesTheRuleHeaders()
    {
        using var faults = await emulator.CreateClient().PutAsJsonAsync("/_emulator/faults", new { rateLimitAfter = 5 }, TestContext.Current.CancellationToken);

        using var response = await emulator.Integration().GetAsync("/api/now/table/incident", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("5", response.Headers.GetValues("X-RateLimit-Limit").Single());
        Assert.True(response.Headers.Contains("X-RateLimit-Reset") && response.Headers.Contains("X-RateLimit-Rule"));
        Assert.Null(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task AccessTokenUrlParameter_ValidToken_Authenticates()
    {
        var token = await AccessTokenAsync();

        using var response = await emulator.CreateClient().GetAsync(
            $"/api/now/table/sys_user?sysparm_query=sys_id=javascript:gs.getUserID()&access_token={Uri.EscapeDataString(token)}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("m365.integration", Assert.Single((await response.JsonAsync())["result"]!.AsArray()).Text("user_name"));
    }

    [Fact]
    public async Task Revoke_ByGetWithoutAuthentication_ExpiresTheToken()
    {
        var token = await AccessTokenAsync();

        using var revoke = await emulator.CreateClient().GetAsync($"/oauth_revoke_token.do?token={Uri.EscapeDataString(token)}", TestContext.Current.CancellationToken);
        using var after = await emulator.CreateClient().GetAsync($"/api/now/table/incident?access_token={Uri.EscapeDataString(token)}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task CustomColumnsMissing_WriteIsDroppedAndQueryTermIgnored()
    {
        var admin = emulator.As("admin", "Admin#2026");
        var client = emulator.Integration();
        await client.CreateAsync("incident", new { short_description = "other action", u_m365_action_id = "OtherControl" });
        await DeleteCustomColumnsAsync(admin);

        var created = await client.CreateAsync("incident", new { short_description = "mfa", u_m365_action_id = "MfaRegistrationV2" });
        var query = await client.GetFromJsonAsync<JsonObject>("/api/now/table/incident?sysparm_query=u_m365_action_id=MfaRegistrationV2", TestContext.Current.CancellationToken);

        Assert.False(created.ContainsKey("u_m365_action_id"));
        Assert.Equal(2, query!["result"]!.AsArray().Count);
    }

    [Fact]
    public async Task Dictionary_IntegrationUser_ReadsOurColumnsOnly()
    {
        var result = await emulator.Integration().GetFromJsonAsync<JsonObject>(
            "/api/now/table/sys_dictionary?sysparm_query=name=task^elementSTARTSWITHu_m365_&sysparm_fields=element", TestContext.Current.CancellationToken);

        Assert.Equal(["u_m365_action_id", "u_m365_initiated_by", "u_m365_recommendation_category", "u_m365_recommendation_source"],
            result!["result"]!.AsArray().Select(r => r.Text("element")).Order());
    }

    private static async Task DeleteCustomColumnsAsync(HttpClient admin)
    {
        var rows = await admin.GetFromJsonAsync<JsonObject>("/api/now/table/sys_dictionary?sysparm_query=name=task", TestContext.Current.CancellationToken);
        foreach (var row in rows!["result"]!.AsArray())
        {
            using var deleted = await admin.DeleteAsync($"/api/now/table/sys_dictionary/{row.Text("sys_id")}", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }
    }

    private async Task<string> AccessTokenAsync()
    {
        var (code, _) = await BrowserFlow.AuthorizeAsync(emulator.Browser(), "s");
        using var response = await BrowserFlow.ExchangeAsync(emulator.CreateClient(), code);
        return (await response.JsonAsync()).Text("access_token");
    }
}
