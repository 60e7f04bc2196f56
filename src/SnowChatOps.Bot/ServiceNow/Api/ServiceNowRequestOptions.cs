namespace SnowChatOps.Bot.ServiceNow.Api;

/// <summary>Keys under which Refit <c>[Property]</c> values travel in <see cref="HttpRequestMessage.Options"/>.</summary>
internal static class ServiceNowRequestOptions
{
    public const string TenantId = "SnowChatOps.ServiceNow.TenantId";
    public const string InstanceBaseUri = "SnowChatOps.ServiceNow.InstanceBaseUri";

    /// <summary>Placeholder base address: requests only reach a real host after a handler routes them.</summary>
    public static readonly Uri UnroutedBaseAddress = new("https://servicenow-unrouted.invalid/");

    public static T? Get<T>(HttpRequestMessage request, string key)
        where T : class =>
        ((IDictionary<string, object?>)request.Options).TryGetValue(key, out var value) ? value as T : null;

    /// <summary>Moves a request from the placeholder base address onto the instance, keeping path and query as sent.</summary>
    public static void RouteTo(HttpRequestMessage request, Uri instanceBaseUri)
    {
        var uri = request.RequestUri ?? throw new InvalidOperationException("Request has no URI.");
        if (!string.Equals(uri.Host, UnroutedBaseAddress.Host, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("ServiceNow requests must be built against the unrouted base address.");
        }

        request.RequestUri = new Uri(instanceBaseUri, uri.PathAndQuery);
    }
}
