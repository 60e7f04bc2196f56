namespace SnowChatOps.ServiceNowEmulator.Webhooks;

/// <summary>Webhook logging (emulator EventIds 9200-9299).</summary>
internal static partial class WebhookLog
{
    [LoggerMessage(9201, LogLevel.Information, "Webhook for {Number} delivered ({Status}) on attempt {Attempt}")]
    public static partial void Delivered(ILogger logger, string number, int status, int attempt);

    [LoggerMessage(9202, LogLevel.Warning, "Webhook for {Number} attempt {Attempt} failed with status {Status}")]
    public static partial void AttemptRejected(ILogger logger, string number, int attempt, int status);

    [LoggerMessage(9203, LogLevel.Warning, "Webhook for {Number} attempt {Attempt} failed")]
    public static partial void AttemptFailed(ILogger logger, string number, int attempt, Exception error);

    [LoggerMessage(9204, LogLevel.Error, "Webhook for {Number} given up after {Attempts} attempts")]
    public static partial void GaveUp(ILogger logger, string number, int attempts);

    [LoggerMessage(9205, LogLevel.Debug, "No webhook configured; state change of {Number} not posted")]
    public static partial void NotConfigured(ILogger logger, string number);
}
