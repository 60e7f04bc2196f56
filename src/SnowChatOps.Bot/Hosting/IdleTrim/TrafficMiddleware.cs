namespace SnowChatOps.Bot.Hosting.IdleTrim;

/// <summary>Marks every request except the health probes (which App Service and Kubernetes send all day) as traffic.</summary>
internal sealed class TrafficMiddleware(TrafficClock traffic) : IMiddleware
{
    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!HealthEndpoints.IsProbe(context.Request.Path))
        {
            traffic.Touch();
        }

        return next(context);
    }
}
