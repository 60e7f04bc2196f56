namespace SnowChatOps.Bot.Sharing;

/// <summary>Sharing logging (EventIds 10000-10099). Never ticket free text (names, descriptions).</summary>
internal static partial class SharingLog
{
    [LoggerMessage(10001, LogLevel.Information, "Submission {CorrelationId} stored for action {ActionId}")]
    public static partial void SubmissionStored(this ILogger logger, string correlationId, string actionId);

    [LoggerMessage(10002, LogLevel.Information, "Submission {CorrelationId} is already {Status}; not creating again")]
    public static partial void AlreadyHandled(this ILogger logger, string correlationId, string status);

    [LoggerMessage(10003, LogLevel.Information, "Submission {CorrelationId} created {Table} {Number}")]
    public static partial void Created(this ILogger logger, string correlationId, string table, string number);

    [LoggerMessage(10004, LogLevel.Information, "Submission {CorrelationId} found existing {Number} by correlation id; not creating another")]
    public static partial void FoundByCorrelation(this ILogger logger, string correlationId, string number);

    [LoggerMessage(10005, LogLevel.Warning, "Submission {CorrelationId} queued: ServiceNow unavailable ({Reason}); next attempt at {NextAttemptAt}")]
    public static partial void Queued(this ILogger logger, string correlationId, string reason, DateTimeOffset nextAttemptAt);

    [LoggerMessage(10006, LogLevel.Warning, "Submission {CorrelationId} failed: ServiceNow refused it (HTTP {Status})")]
    public static partial void Failed(this ILogger logger, string correlationId, int? status);

    [LoggerMessage(10007, LogLevel.Information, "Submission {CorrelationId} held: {Count} open ticket(s) already exist for action {ActionId}")]
    public static partial void DuplicatesFound(this ILogger logger, string correlationId, int count, string actionId);

    [LoggerMessage(10008, LogLevel.Information, "Submission {CorrelationId} held: tenant is not connected to ServiceNow")]
    public static partial void NotConnected(this ILogger logger, string correlationId);

    [LoggerMessage(10009, LogLevel.Information, "Processing {Count} queued or abandoned submission(s)")]
    public static partial void ProcessingQueued(this ILogger logger, int count);

    [LoggerMessage(10010, LogLevel.Warning, "Could not update the card of submission {CorrelationId}: conversation unknown or gone")]
    public static partial void CardNotUpdated(this ILogger logger, string correlationId);

    [LoggerMessage(10011, LogLevel.Error, "Queued submission cycle failed")]
    public static partial void CycleFailed(this ILogger logger, Exception error);

    [LoggerMessage(10012, LogLevel.Information, "Share form rejected: {ErrorCount} invalid field(s)")]
    public static partial void FormInvalid(this ILogger logger, int errorCount);

    [LoggerMessage(10013, LogLevel.Warning, "Improvement actions unavailable for the actions card")]
    public static partial void ActionsUnavailable(this ILogger logger, Exception error);

    [LoggerMessage(10014, LogLevel.Warning, "Submission {CorrelationId} pressed by a user who does not own it; refused")]
    public static partial void NotOwner(this ILogger logger, string correlationId);

    [LoggerMessage(10015, LogLevel.Information, "Share answered {Result} {Outcome} for submission {CorrelationId}")]
    public static partial void Answered(this ILogger logger, string result, string outcome, string correlationId);

    [LoggerMessage(10016, LogLevel.Information, "Share form {CorrelationId} cancelled; nothing was sent")]
    public static partial void Cancelled(this ILogger logger, string correlationId);
}
