using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.LoadBalancing;

namespace SnowChatOps.LocalProxy;

/// <summary>
/// One catch-all route to one cluster of the backends, round-robin, no session affinity: consecutive requests land
/// on different instances, which is the point. Destinations are named <c>bot-1</c>, <c>bot-2</c>, ... in order.
/// </summary>
internal static class ProxyRouting
{
    public const string ClusterId = "bots";

    public static RouteConfig[] Routes() =>
    [
        new RouteConfig { RouteId = "all", ClusterId = ClusterId, Match = new RouteMatch { Path = "{**catch-all}" } },
    ];

    public static ClusterConfig[] Clusters(IReadOnlyList<Uri> backends) =>
    [
        new ClusterConfig
        {
            ClusterId = ClusterId,
            LoadBalancingPolicy = LoadBalancingPolicies.RoundRobin,
            Destinations = backends.Select((uri, i) => (Id: DestinationId(i), uri))
                .ToDictionary(d => d.Id, d => new DestinationConfig { Address = d.uri.ToString() }, StringComparer.Ordinal),
        },
    ];

    public static string DestinationId(int index) => $"bot-{index + 1}";
}
