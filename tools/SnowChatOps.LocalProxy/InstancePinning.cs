using Yarp.ReverseProxy.Model;

namespace SnowChatOps.LocalProxy;

/// <summary>
/// Tests make a request land on a chosen instance with <c>X-SnowChatOps-Instance: bot-2</c> (e.g. an OAuth callback on
/// another instance than the one that started the sign-in); every response names the instance that served it.
/// </summary>
internal static class InstancePinning
{
    public const string Header = "X-SnowChatOps-Instance";

    /// <summary>Runs before load balancing: narrows the available destinations to the pinned one, if any.</summary>
    public static Task PinAsync(HttpContext context, Func<Task> next)
    {
        var proxy = context.GetReverseProxyFeature();
        if (context.Request.Headers[Header].ToString() is { Length: > 0 } wanted)
        {
            proxy.AvailableDestinations = proxy.AllDestinations.Where(d => d.DestinationId == wanted).ToList();
        }

        context.Response.OnStarting(() =>
        {
            if (proxy.ProxiedDestination is { } served)
            {
                context.Response.Headers[Header] = served.DestinationId;
            }

            return Task.CompletedTask;
        });
        return next();
    }
}
