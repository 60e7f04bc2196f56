using Microsoft.Extensions.Options;

namespace SnowChatOps.Bot.Hosting;

/// <summary>
/// Turns configuration mistakes found at start-up (one or several options validators failing) into the single
/// line an operator needs; anything else is not ours to describe and keeps its stack trace.
/// </summary>
internal static class StartupFailure
{
    public static bool TryDescribe(Exception error, out string line)
    {
        var failures = error switch
        {
            OptionsValidationException single => single.Failures,
            AggregateException many when many.InnerExceptions.All(e => e is OptionsValidationException)
                => many.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures),
            _ => null,
        };
        line = failures is null ? string.Empty : "SnowChatOps cannot start: " + string.Join(" ", failures);
        return failures is not null;
    }
}
