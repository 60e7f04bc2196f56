namespace SnowChatOps.GraphEmulator.Api;

/// <summary>Graph's error envelope: <c>{"error": {"code": ..., "message": ...}}</c> (Microsoft Learn, "Microsoft Graph error responses").</summary>
internal static class GraphErrors
{
    public static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);

    public static IResult Throttled(HttpContext context)
    {
        context.Response.Headers.RetryAfter = "1";
        return Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many requests.");
    }
}
