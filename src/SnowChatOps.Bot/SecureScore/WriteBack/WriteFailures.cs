using Microsoft.Identity.Client;

namespace SnowChatOps.Bot.SecureScore.WriteBack;

/// <summary>The fixed codes a failed write is remembered and logged by (never Graph's free text).</summary>
internal static class WriteFailures
{
    public const string Forbidden = "forbidden";
    public const string Token = "token";
    public const string Unavailable = "unavailable";

    public static string Of(Exception error) => error switch
    {
        HttpRequestException { StatusCode: { } status } => $"http-{(int)status}",
        MsalException => Token,
        _ => Unavailable,
    };
}
