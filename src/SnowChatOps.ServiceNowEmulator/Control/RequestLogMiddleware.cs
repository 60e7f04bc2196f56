namespace SnowChatOps.ServiceNowEmulator.Control;

/// <summary>Records every <c>/api/now</c> request in <see cref="RequestLog"/> before faults or auth can answer it.</summary>
internal sealed class RequestLogMiddleware(RequestLog log, TimeProvider time) : IMiddleware
{
    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Path.StartsWithSegments("/api/now"))
        {
            log.Add(new LoggedRequest(context.Request.Method, context.Request.Path.Value!, Uri.UnescapeDataString(context.Request.QueryString.Value ?? string.Empty), time.GetUtcNow()));
        }

        return next(context);
    }
}
