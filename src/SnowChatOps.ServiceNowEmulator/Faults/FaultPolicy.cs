using System.Globalization;
using SnowChatOps.ServiceNowEmulator.Table;

namespace SnowChatOps.ServiceNowEmulator.Faults;

/// <summary>Middleware that injects the configured faults on ServiceNow paths (never on /_emulator or /agent).</summary>
internal sealed class FaultPolicy(FaultState state, TimeProvider time) : IMiddleware
{
    public const string RateLimitRuleSysId = "4a3ebc7b0a0a2c3e01a2b3c4d5e6f708";

    public const string CrossScopeMessage =
        "Read operation against 'oauth_entity' from scope 'x_mioms_m365ticket' has been refused due to the table's cross-scope access policy";

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path;
        var isApi = path.StartsWithSegments("/api/now");
        if (!isApi && !path.Value!.EndsWith(".do", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var faults = state.Current;
        if (faults.LatencyMs > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(faults.LatencyMs), time, context.RequestAborted);
        }

        var fault = Choose(faults, context, isApi);
        if (fault is null)
        {
            await next(context);
            return;
        }

        await fault.ExecuteAsync(context);
    }

    private IResult? Choose(FaultSettings faults, HttpContext context, bool isApi)
    {
        if (faults.IpBlocked)
        {
            return IpBlocked(context);
        }

        if (faults.ServiceUnavailable)
        {
            return SnowErrors.Error(StatusCodes.Status503ServiceUnavailable, "Service Unavailable", "The instance is temporarily unavailable");
        }

        if (!isApi)
        {
            return null;
        }

        if (faults.ErrorRate > 0 && Random.Shared.NextDouble() < faults.ErrorRate)
        {
            return SnowErrors.Error(StatusCodes.Status500InternalServerError, "Internal server error", "An unexpected error occurred (emulated)");
        }

        if (faults.RateLimitAfter is not null)
        {
            // Every request a rate-limit rule covers carries the rule's headers, not only the one answered 429.
            WriteRateLimitHeaders(faults, context);
        }

        if (state.CountCallOverLimit())
        {
            return RateLimited(faults, context);
        }

        return faults.CrossScopeOAuthEntity && HttpMethods.IsGet(context.Request.Method) && IsOAuthEntityPath(context.Request.Path)
            ? SnowErrors.Error(StatusCodes.Status403Forbidden, CrossScopeMessage, null)
            : null;
    }

    private void WriteRateLimitHeaders(FaultSettings faults, HttpContext context)
    {
        var now = time.GetUtcNow();
        var nextHour = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).AddHours(1);
        var headers = context.Response.Headers;
        headers["X-RateLimit-Limit"] = faults.RateLimitAfter!.Value.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = nextHour.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Rule"] = RateLimitRuleSysId;
    }

    private static IResult RateLimited(FaultSettings faults, HttpContext context)
    {
        context.Response.Headers.RetryAfter = faults.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return SnowErrors.Error(StatusCodes.Status429TooManyRequests, "Rate limit exceeded",
            "The maximum number of requests per hour for this user has been exceeded");
    }

    // ServiceNow's IP address access control refuses the connection with a bare HTML page, not the JSON envelope.
    private static IResult IpBlocked(HttpContext context) => Results.Content(
        $"<html><head><title>Access restricted</title></head><body><p>Security restricted: Access restricted ({context.Connection.RemoteIpAddress})</p></body></html>",
        "text/html; charset=utf-8", System.Text.Encoding.UTF8, StatusCodes.Status403Forbidden);

    private static bool IsOAuthEntityPath(PathString path) =>
        path.StartsWithSegments("/api/now/table/oauth_entity") || path.StartsWithSegments("/api/now/v1/table/oauth_entity")
        || path.StartsWithSegments("/api/now/v2/table/oauth_entity");
}
