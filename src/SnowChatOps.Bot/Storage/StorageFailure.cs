using Azure;

namespace SnowChatOps.Bot.Storage;

/// <summary>Recognises "Table Storage cannot be reached right now" among the exceptions a turn can end with.</summary>
internal static class StorageFailure
{
    /// <summary>
    /// A network failure (status 0: refused, reset, timed out) or a server-side 5xx from the Azure SDK, also after
    /// its retries (an AggregateException of them). Refusals that retrying cannot fix (403, 409...) are not outages.
    /// </summary>
    public static bool IsOutage(Exception exception) => exception switch
    {
        RequestFailedException failed => failed.Status is 0 or >= 500,
        AggregateException many => many.InnerExceptions.Count > 0 && many.InnerExceptions.All(IsOutage),
        _ => false,
    };
}
