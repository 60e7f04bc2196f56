using System.Net.Http.Headers;
using Microsoft.Identity.Abstractions;

namespace SnowChatOps.Bot.MicrosoftGraph;

/// <summary>Attaches an app-only Microsoft Graph token for the tenant the request is for.</summary>
internal sealed class GraphAuthorizationHandler(IAuthorizationHeaderProvider headerProvider) : DelegatingHandler
{
    public const string GraphScope = "https://graph.microsoft.com/.default";

    public static readonly HttpRequestOptionsKey<string> TenantIdKey = new("SnowChatOps.MicrosoftGraph.TenantId");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
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
