using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Abstractions;

namespace SnowChatOps.Bot.MicrosoftGraph;

/// <summary>
/// Attaches an app-only Microsoft Graph token for the tenant the request is for; in Development with
/// <see cref="MicrosoftGraphOptions.DevBearerToken"/>, that fixed token (the Graph emulator's) instead.
/// </summary>
internal sealed class GraphAuthorizationHandler(IAuthorizationHeaderProvider headerProvider, IOptions<MicrosoftGraphOptions> graph) : DelegatingHandler
{
    public const string GraphScope = "https://graph.microsoft.com/.default";

    public static readonly HttpRequestOptionsKey<string> TenantIdKey = new("SnowChatOps.MicrosoftGraph.TenantId");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (graph.Value.DevBearerToken is { Length: > 0 } devToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", devToken);
            return await base.SendAsync(request, cancellationToken);
        }

        request.Options.TryGetValue(TenantIdKey, out var tenantId);
        var options = new AuthorizationHeaderProviderOptions
        {
            AcquireTokenOptions = new AcquireTokenOptions
            {
                AuthenticationOptionsName = MicrosoftGraphRegistration.AzureAdSection,
                Tenant = tenantId,
            },
        };
        var header = await headerProvider.CreateAuthorizationHeaderForAppAsync(GraphScope, options, cancellationToken);
        request.Headers.Authorization = AuthenticationHeaderValue.Parse(header);
        return await base.SendAsync(request, cancellationToken);
    }
}
