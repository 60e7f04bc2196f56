using Microsoft.Extensions.Logging;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.TestSupport.Harness;
using SnowChatOps.Bot.ServiceNow.Errors;
using static SnowChatOps.IntegrationTests.ServiceNow.EmulatorBackedServiceNow;

namespace SnowChatOps.IntegrationTests.ServiceNow;

public sealed class ServiceNowFaultEmulatorTests : IAsyncLifetime
{
    private readonly EmulatorBackedServiceNow snow = new();
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await snow.ConnectAsync(TenantA, Instance, ct);

    [Fact]
    public async Task Request_AccessTokenRevoked_RefreshesOnceAndSucceeds()
    {
        var before = (await snow.Store.GetAsync(TenantA, ct))!.Tokens;
        await snow.OAuth.RevokeAsync(Instance, before.AccessToken, ct);

        var user = await snow.Client.GetCurrentUserAsync(TenantA, ct);

        var after = (await snow.Store.GetAsync(TenantA, ct))!.Tokens;
        Assert.Equal("m365.integration", user.UserName);
        Assert.NotEqual(before.AccessToken, after.AccessToken);
        Assert.Single(snow.Logs.Collector.GetSnapshot(), r => r.Id.Id == 4001);
    }

    [Fact]
    public async Task Request_AllTokensExpiredByControlApi_MarksTenantForReauthorization()
    {
        (await snow.Control.PostAsync("/_emulator/tokens/expire", null, ct)).EnsureSuccessStatusCode();

        var error = await Assert.ThrowsAsync<ServiceNowReauthorizationRequiredException>(() => snow.Client.GetCurrentUserAsync(TenantA, ct));

        Assert.Equal(TenantA, error.TenantId);
        Assert.NotNull(await snow.ReauthorizationReasonAsync(TenantA, ct));
    }

    [Fact]
    public async Task Request_RateLimited_BacksOffForRetryAfterThenSurfacesRateLimit()
    {
        var time = new RetryDelaySignalingTimeProvider(TimeSpan.FromSeconds(1));
        await using var paced = new EmulatorBackedServiceNow(time: time);
        await paced.ConnectAsync(TenantA, Instance, ct);
        await paced.SetFaultsAsync(new { rateLimitAfter = 0, retryAfterSeconds = 1 }, ct);

        var call = paced.Client.GetCurrentUserAsync(TenantA, ct);
        await time.WatchedDelayScheduled.Task.WaitAsync(ct);
        Assert.False(call.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        var error = await Assert.ThrowsAsync<ServiceNowRateLimitedException>(() => call);

        Assert.Equal(TimeSpan.FromSeconds(1), error.RetryAfter);
        var retry = Assert.Single(paced.Logs.Collector.GetSnapshot(), r => r.Id.Id == 4005);
        Assert.Equal(TimeSpan.FromSeconds(1).ToString(), retry.StructuredState!.Single(p => p.Key == "Delay").Value);
    }

    [Fact]
    public async Task Request_ServiceUnavailable_OpensCircuitForThatInstanceOnly()
    {
        var otherAuthority = ServiceNowInstance.Parse("http://localhost:5080", Policy);
        await snow.ConnectAsync("tenant-b", otherAuthority, ct);
        await snow.SetFaultsAsync(new { serviceUnavailable = true }, ct);

        await Assert.ThrowsAsync<ServiceNowUnavailableException>(() => snow.Client.GetCurrentUserAsync(TenantA, ct));
        var open = await Assert.ThrowsAsync<ServiceNowUnavailableException>(() => snow.Client.GetCurrentUserAsync(TenantA, ct));
        await snow.SetFaultsAsync(new { }, ct);
        var stillOpen = await Assert.ThrowsAsync<ServiceNowUnavailableException>(() => snow.Client.GetCurrentUserAsync(TenantA, ct));
        var otherInstance = await snow.Client.GetCurrentUserAsync("tenant-b", ct);

        Assert.True(open.IsCircuitOpen);
        Assert.True(stillOpen.IsCircuitOpen);
        Assert.Equal("m365.integration", otherInstance.UserName);
        Assert.Contains(snow.Logs.Collector.GetSnapshot(), r => r.Id.Id == 4006 && r.Level == LogLevel.Error);
    }

    [Fact]
    public async Task CheckOAuthEntity_CrossScopePolicy_SurfacesServiceNowText()
    {
        await snow.SetFaultsAsync(new { crossScopeOAuthEntity = true }, ct);

        var error = await Assert.ThrowsAsync<ServiceNowForbiddenException>(() => snow.Client.CheckOAuthEntityAsync(TenantA, ClientId, ct));

        Assert.True(error.IsCrossScopeAccessPolicy);
        Assert.Equal(
            "Read operation against 'oauth_entity' from scope 'x_mioms_m365ticket' has been refused due to the table's cross-scope access policy",
            error.ServiceNowMessage);
    }

    [Fact]
    public async Task Request_IpBlocked_MapsToIpBlocked()
    {
        await snow.SetFaultsAsync(new { ipBlocked = true }, ct);

        await Assert.ThrowsAsync<ServiceNowIpBlockedException>(() => snow.Client.GetCurrentUserAsync(TenantA, ct));
    }

    [Fact]
    public async Task ExchangeCode_WrongSecret_ReportsInvalidClient()
    {
        var error = await Assert.ThrowsAsync<ServiceNowOAuthException>(() => snow.OAuth.ExchangeCodeAsync(
            Instance, ClientId, "wrong-secret", "no-such-code", Callback, "verifier", ct));

        Assert.Equal(ServiceNowOAuthFailureReason.InvalidClient, error.Reason);
    }

    public async ValueTask DisposeAsync() => await snow.DisposeAsync();
}
