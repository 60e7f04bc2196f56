using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Identity.Abstractions;
using SnowChatOps.TestSupport.Graph;

namespace SnowChatOps.IntegrationTests.SecureScore;

/// <summary>The true edge: stands in for Microsoft.Identity.Web's token acquisition and records what was asked.</summary>
internal sealed class FakeAuthorizationHeaderProvider : IAuthorizationHeaderProvider
{
    public ConcurrentQueue<(string Scope, string? Tenant)> AppRequests { get; } = new();

    public Task<string> CreateAuthorizationHeaderForAppAsync(
        string scopes, AuthorizationHeaderProviderOptions? downstreamApiOptions = null, CancellationToken cancellationToken = default)
    {
        AppRequests.Enqueue((scopes, downstreamApiOptions?.AcquireTokenOptions?.Tenant));
        return Task.FromResult(GraphEmulatorServer.ExpectedAuthorization);
    }

    public Task<string> CreateAuthorizationHeaderForUserAsync(
        IEnumerable<string> scopes, AuthorizationHeaderProviderOptions? authorizationHeaderProviderOptions = null,
        ClaimsPrincipal? claimsPrincipal = null, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("Secure Score reads Graph with an app-only token.");

    public Task<string> CreateAuthorizationHeaderAsync(
        IEnumerable<string> scopes, AuthorizationHeaderProviderOptions? options = null,
        ClaimsPrincipal? claimsPrincipal = null, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("Secure Score reads Graph with an app-only token.");
}
