using SnowChatOps.Bot.ServiceNow.Api;

namespace SnowChatOps.Bot.ServiceNow.Auth;

/// <summary>Routes OAuth endpoint calls to the instance named on the call (no tenant lookup, no bearer token).</summary>
internal sealed class ServiceNowInstanceRoutingHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var instance = ServiceNowRequestOptions.Get<Uri>(request, ServiceNowRequestOptions.InstanceBaseUri)
            ?? throw new InvalidOperationException("ServiceNow OAuth calls must carry the instance base URI.");
        ServiceNowRequestOptions.RouteTo(request, instance);
        return base.SendAsync(request, cancellationToken);
    }
}
