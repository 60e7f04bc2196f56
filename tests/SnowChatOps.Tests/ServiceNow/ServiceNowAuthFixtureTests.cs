using System.Net;
using Microsoft.Extensions.Time.Testing;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Auth;
using SnowChatOps.Bot.ServiceNow.Errors;
using SnowChatOps.Tests.ServiceNow.Fakes;

namespace SnowChatOps.Tests.ServiceNow;

public sealed class ServiceNowAuthFixtureTests : IDisposable
{
    private const string Tenant = ServiceNowTestHost.Tenant;
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 6, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider time = new(Now);
    private readonly ServiceNowTestHost host;
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    public ServiceNowAuthFixtureTests() => host = new ServiceNowTestHost(time);

    [Fact]
    public async Task Request_401_RefreshesOnceRetriesAndPersistsRotatedTokens()
    {
        host.Connected(Now.AddMinutes(20));
        host.Network
            .Expect(HttpMethod.Get, "/api/now/table/incident/a1", HttpStatusCode.Unauthorized, "error-401-not-authenticated.json")
            .Expect(HttpMethod.Post, "/oauth_token.do", HttpStatusCode.OK, "oauth-token.json")
            .Expect(HttpMethod.Get, "/api/now/table/incident/a1", HttpStatusCode.OK, "incident-created.json");

        var ticket = await host.Client.GetTicketAsync(Tenant, TicketTable.Incident, "a1", ct);

        Assert.NotNull(ticket);
        Assert.Equal("Bearer access-2", host.Network.Received[2].Request.Headers.Authorization!.ToString());
        Assert.Contains("grant_type=refresh_token", host.Network.Received[1].Body, StringComparison.Ordinal);
        Assert.Equal("application/x-www-form-urlencoded", host.Network.Received[1].Request.Content!.Headers.ContentType!.MediaType);
        var saved = (await host.Store.GetAsync(Tenant, ct))!.Tokens;
        Assert.Equal(("access-2", "refresh-2", Now.AddSeconds(1799)), (saved.AccessToken, saved.RefreshToken, saved.AccessExpiresAt));
    }

    [Fact]
    public async Task Request_401AfterRefresh_DoesNotRefreshTwice()
    {
        host.Connected(Now.AddMinutes(20));
        host.Network
            .Expect(HttpMethod.Get, "/api/now/table/incident/a1", HttpStatusCode.Unauthorized, "error-401-not-authenticated.json")
            .Expect(HttpMethod.Post, "/oauth_token.do", HttpStatusCode.OK, "oauth-token.json")
            .Expect(HttpMethod.Get, "/api/now/table/incident/a1", HttpStatusCode.Unauthorized, "error-401-not-authenticated.json");

        await Assert.ThrowsAsync<ServiceNowReauthorizationRequiredException>(() => host.Client.GetTicketAsync(Tenant, TicketTable.Incident, "a1", ct));

        Assert.Equal(3, host.Network.Received.Count);
    }

    [Fact]
    public async Task Request_TokenWithin60Seconds_RefreshesBeforeCalling()
    {
        host.Connected(Now.AddSeconds(59));
        host.Network
            .Expect(HttpMethod.Post, "/oauth_token.do", HttpStatusCode.OK, "oauth-token.json")
            .Expect(HttpMethod.Get, "/api/now/table/incident/a1", HttpStatusCode.OK, "incident-created.json");

        await host.Client.GetTicketAsync(Tenant, TicketTable.Incident, "a1", ct);

        Assert.Equal("Bearer access-2", host.Network.Received[1].Request.Headers.Authorization!.ToString());
    }

    [Fact]
    public async Task ConcurrentRequests_ExpiringToken_CollapseIntoOneRefresh()
    {
        host.Connected(Now.AddSeconds(10));
        host.Network
            .Expect(HttpMethod.Post, "/oauth_token.do", HttpStatusCode.OK, "oauth-token.json")
            .Expect(HttpMethod.Get, "/api/now/table/incident/a1", HttpStatusCode.OK, "incident-created.json")
            .Expect(HttpMethod.Get, "/api/now/table/incident/a1", HttpStatusCode.OK, "incident-created.json")
            .Expect(HttpMethod.Get, "/api/now/table/incident/a1", HttpStatusCode.OK, "incident-created.json");

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => host.Client.GetTicketAsync(Tenant, TicketTable.Incident, "a1", ct)));

        Assert.Single(host.Network.Received, r => r.Request.RequestUri!.AbsolutePath == "/oauth_token.do");
        Assert.Equal(0, host.Network.Pending);
    }

    [Fact]
    public async Task Refresh_RefreshTokenRejected_MarksStoreAndRequiresReauthorization()
    {
        host.Connected(Now.AddSeconds(5));
        host.Network.Expect(HttpMethod.Post, "/oauth_token.do", HttpStatusCode.Unauthorized, "oauth-access-denied.json");

        var error = await Assert.ThrowsAsync<ServiceNowReauthorizationRequiredException>(() => host.Client.GetTicketAsync(Tenant, TicketTable.Incident, "a1", ct));

        Assert.IsType<ServiceNowOAuthException>(error.InnerException);
        Assert.Equal(ServiceNowOAuthFailureReason.InvalidGrantOrCode, ((ServiceNowOAuthException)error.InnerException).Reason);
        Assert.NotNull(host.Store.ReauthorizationReason(Tenant));
        Assert.Null(await host.Store.GetAsync(Tenant, ct));
    }

    [Fact]
    public async Task Refresh_RejectedBecauseAnotherInstanceRotatedFirst_UsesThatInstancesTokens()
    {
        host.Connected(Now.AddSeconds(5));
        var rotatedElsewhere = new ServiceNowTokens("access-9", "refresh-9", Now.AddMinutes(30));
        host.Network
            .Expect(HttpMethod.Post, "/oauth_token.do", HttpStatusCode.Unauthorized, "oauth-access-denied.json",
                _ => host.Store.SaveTokensAsync(Tenant, rotatedElsewhere, ct)) // another bot instance refreshed while ours was in flight
            .Expect(HttpMethod.Get, "/api/now/table/incident/a1", HttpStatusCode.OK, "incident-created.json");

        var ticket = await host.Client.GetTicketAsync(Tenant, TicketTable.Incident, "a1", ct);

        Assert.NotNull(ticket);
        Assert.Equal("Bearer access-9", host.Network.Received[1].Request.Headers.Authorization!.ToString());
        Assert.Null(host.Store.ReauthorizationReason(Tenant));
    }

    [Fact]
    public async Task ExchangeCode_OpaqueDenial_MapsToInvalidClient()
    {
        host.Network.Expect(HttpMethod.Post, "/oauth_token.do", HttpStatusCode.Unauthorized, "oauth-access-denied.json");

        var error = await Assert.ThrowsAsync<ServiceNowOAuthException>(() => host.OAuth.ExchangeCodeAsync(
            ServiceNowTestHost.Instance, "client-id", "wrong", "code-1", new Uri("https://bot.example/oauth/servicenow/callback"), "verifier", ct));

        Assert.Equal(ServiceNowOAuthFailureReason.InvalidClient, error.Reason);
        Assert.Equal(("server_error", "access_denied"), (error.Error, error.ErrorDescription));
        Assert.DoesNotContain("wrong", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExchangeCode_Success_SendsPkceVerifierAsForm()
    {
        host.Network.Expect(HttpMethod.Post, "/oauth_token.do", HttpStatusCode.OK, "oauth-token.json");

        var tokens = await host.OAuth.ExchangeCodeAsync(
            ServiceNowTestHost.Instance, "client-id", "secret", "code-1", new Uri("https://bot.example/cb"), "the-verifier", ct);

        Assert.Equal("access-2", tokens.AccessToken);
        var body = host.Network.Received[0].Body!;
        Assert.Contains("grant_type=authorization_code", body, StringComparison.Ordinal);
        Assert.Contains("code_verifier=the-verifier", body, StringComparison.Ordinal);
        Assert.Equal("https://acme.service-now.com/oauth_token.do", host.Network.Received[0].Request.RequestUri!.AbsoluteUri);
    }

    [Fact]
    public void BuildAuthorizeUri_Pkce_CarriesChallengeAndState()
    {
        var pkce = Pkce.Create();

        var uri = host.OAuth.BuildAuthorizeUri(ServiceNowTestHost.Instance, "client id", new Uri("https://bot.example/cb"), "st&te", pkce.Challenge);

        Assert.Equal("/oauth_auth.do", uri.AbsolutePath);
        Assert.Contains("client_id=client%20id", uri.Query, StringComparison.Ordinal);
        Assert.Contains("state=st%26te", uri.Query, StringComparison.Ordinal);
        Assert.Contains("code_challenge_method=S256", uri.Query, StringComparison.Ordinal);
        Assert.Equal(Pkce.ChallengeFor(pkce.Verifier), pkce.Challenge);
        Assert.DoesNotContain(pkce.Verifier, pkce.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Tokens_ToString_HidesSecrets()
    {
        var credentials = new ServiceNowCredentials(ServiceNowTestHost.Instance, "cid", "s3cret", new ServiceNowTokens("acc", "ref", Now));

        var text = credentials.ToString();

        Assert.DoesNotContain("s3cret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("acc,", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ref,", text, StringComparison.Ordinal);
    }

    public void Dispose() => host.Dispose();
}
