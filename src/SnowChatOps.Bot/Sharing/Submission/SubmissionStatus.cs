namespace SnowChatOps.Bot.Sharing.Submission;

/// <summary>Where a submission is on its way to exactly one ServiceNow ticket.</summary>
internal enum SubmissionStatus
{
    /// <summary>Stored; nothing sent yet, or held (duplicates shown, not connected) until the user acts.</summary>
    Pending,

    /// <summary>A create is in flight (or was, when the bot stopped): look up by correlation id before retrying.</summary>
    Creating,

    /// <summary>The ticket exists; <see cref="ShareSubmission.Ticket"/> says which.</summary>
    Created,

    /// <summary>ServiceNow was down or rate limited; the background processor retries.</summary>
    Queued,

    /// <summary>ServiceNow refused the ticket; the user may correct and resend.</summary>
    Failed,
}
