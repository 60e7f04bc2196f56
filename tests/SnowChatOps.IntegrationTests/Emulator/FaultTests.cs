using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SnowChatOps.IntegrationTests.Emulator;

public sealed class FaultTests : IAsyncDisposable
{
    private readonly EmulatorFactory emulator = new();

    public ValueTask DisposeAsync() => emulator.DisposeAsync();

    [Fact]
    public async Task Faults_RateLimitAfterTwoCalls_ThirdAnswers429WithHeaders()
    {
        await SetFaultsAsync(new { rateLimitAfter = 2, retryAfterSeconds = 30 });
        var client = emulator.Integration();
        (await client.GetAsync("/api/now/v2/table/incident", TestContext.Current.CancellationToken)).Dispose();
        (await client.GetAsync("/api/now/v2/table/incident", TestContext.Current.CancellationToken)).Dispose();

        using var response = await client.GetAsync("/api/now/v2/table/incident", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("30", Assert.Single(response.Headers.GetValues("Retry-After")));
        Assert.Equal("2", Assert.Single(response.Headers.GetValues("X-RateLimit-Limit")));
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            Assert.Single(response.Headers.GetValues("X-RateLimit-Reset")));
        Assert.NotEmpty(Assert.Single(response.Headers.GetValues("X-RateLimit-Rule")));
        Assert.Equal("Rate limit exceeded", (await response.JsonAsync())["error"].Text("message"));
    }

    [Fact]
    public async Task Faults_ServiceUnavailable_ApiAndTokenEndpointAnswer503()
    {
        await SetFaultsAsync(new { serviceUnavailable = true });

        using var api = await emulator.Integration().GetAsync("/api/now/v2/table/incident", TestContext.Current.CancellationToken);
        using var token = await BrowserFlow.TokenAsync(emulator.CreateClient(), new() { ["grant_type"] = "refresh_token", ["refresh_token"] = "x" });

        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable], [api.StatusCode, token.StatusCode]);
    }

    [Fact]
    public async Task Faults_ErrorRateOne_TableApiAnswers500Envelope()
    {
        await SetFaultsAsync(new { errorRate = 1.0 });

        using var response = await emulator.Integration().GetAsync("/api/now/v2/table/incident", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("failure", (await response.JsonAsync()).Text("status"));
    }

    [Fact]
    public async Task Faults_CrossScope_OAuthEntityReadAnswers403WithExactMessage()
    {
        await SetFaultsAsync(new { crossScopeOAuthEntity = true });
        var client = emulator.Integration();

        using var entity = await client.GetAsync("/api/now/table/oauth_entity", TestContext.Current.CancellationToken);
        using var incidents = await client.GetAsync("/api/now/v2/table/incident", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, entity.StatusCode);
        Assert.Equal("Read operation against 'oauth_entity' from scope 'x_mioms_m365ticket' has been refused due to the table's cross-scope access policy",
            (await entity.JsonAsync())["error"].Text("message"));
        Assert.Equal(HttpStatusCode.OK, incidents.StatusCode);
    }

    [Fact]
    public async Task Faults_IpBlocked_Answers403AccessRestrictedHtml()
    {
        await SetFaultsAsync(new { ipBlocked = true });

        using var response = await emulator.Integration().GetAsync("/api/now/v2/table/incident", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Access restricted", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Faults_OldInstanceVersion_VersionPropertiesReportIt()
    {
        await SetFaultsAsync(new { instanceVersion = "glide-jakarta-05-03-2017__patch1-06-21-2017" });

        var result = await emulator.Integration().GetFromJsonAsync<JsonObject>(
            "/api/now/table/sys_properties?sysparm_query=name=glide.war", TestContext.Current.CancellationToken);

        Assert.Equal("glide-jakarta-05-03-2017__patch1-06-21-2017.zip", Assert.Single(result!["result"]!.AsArray()).Text("value"));
    }

    [Fact]
    public async Task Faults_OAuthEntityDisabled_TokenAndAuthorizeFail()
    {
        var (code, _) = await BrowserFlow.AuthorizeAsync(emulator.Browser(), "s");
        await SetFaultsAsync(new { oauthEntityDisabled = true });

        using var token = await BrowserFlow.ExchangeAsync(emulator.CreateClient(), code);
        using var authorize = await emulator.Browser().GetAsync(BrowserFlow.AuthorizeUrl("s"), TestContext.Current.CancellationToken);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.BadRequest], [token.StatusCode, authorize.StatusCode]);
    }

    [Fact]
    public async Task ExpireTokens_IssuedAccessToken_NowAnswers401()
    {
        var (code, _) = await BrowserFlow.AuthorizeAsync(emulator.Browser(), "s");
        using var exchanged = await BrowserFlow.ExchangeAsync(emulator.CreateClient(), code);
        var client = emulator.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await exchanged.JsonAsync()).Text("access_token"));

        using var expire = await emulator.CreateClient().PostAsync("/_emulator/tokens/expire", null, TestContext.Current.CancellationToken);
        using var response = await client.GetAsync("/api/now/v2/table/incident", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, expire.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Faults_Latency_DelaysTheAnswer()
    {
        await using var realTime = new EmulatorFactory { UseRealTime = true };
        using var put = await realTime.CreateClient().PutAsJsonAsync("/_emulator/faults", new { latencyMs = 300 }, TestContext.Current.CancellationToken);
        var stopwatch = Stopwatch.StartNew();

        using var response = await realTime.Integration().GetAsync("/api/now/v2/table/incident", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(stopwatch.ElapsedMilliseconds >= 290, $"answered after {stopwatch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Faults_InvalidSettings_AnswerValidationProblem()
    {
        using var response = await emulator.CreateClient().PutAsJsonAsync("/_emulator/faults", new { errorRate = 2.0 }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Reset_AfterWritesAndFaults_RestoresSeedState()
    {
        await emulator.Integration().CreateAsync("incident", new { short_description = "x" });
        await SetFaultsAsync(new { serviceUnavailable = true });

        using var reset = await emulator.CreateClient().PostAsync("/_emulator/reset", null, TestContext.Current.CancellationToken);
        var records = await emulator.CreateClient().GetFromJsonAsync<JsonArray>("/_emulator/records/incident", TestContext.Current.CancellationToken);
        var users = await emulator.CreateClient().GetFromJsonAsync<JsonArray>("/_emulator/records/sys_user", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Empty(records!);
        Assert.Equal(6, users!.Count); // admin, m365.integration, m365.api, abel.tuter, guest.noroles, alex.wilber
    }

    private async Task SetFaultsAsync(object faults)
    {
        using var response = await emulator.CreateClient().PutAsJsonAsync("/_emulator/faults", faults, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
