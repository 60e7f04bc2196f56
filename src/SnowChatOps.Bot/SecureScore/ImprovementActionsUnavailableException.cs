namespace SnowChatOps.Bot.SecureScore;

/// <summary>The improvement-action source could not be read (Graph down, throttled beyond retries, bad token...).</summary>
internal sealed class ImprovementActionsUnavailableException : Exception
{
    public ImprovementActionsUnavailableException()
    {
    }

    public ImprovementActionsUnavailableException(string message)
        : base(message)
    {
    }

    public ImprovementActionsUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
