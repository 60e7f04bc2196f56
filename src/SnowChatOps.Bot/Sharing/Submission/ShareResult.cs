using SnowChatOps.Bot.Sharing.Form;

namespace SnowChatOps.Bot.Sharing.Submission;

/// <summary>The answer to one share press; the chat form and the dialog differ only in how they render it.</summary>
internal sealed record ShareResult(ShareResultKind Kind, ShareOutcome? Outcome = null)
{
    /// <summary>For <see cref="ShareResultKind.Invalid"/>: the values as typed and what is wrong with them.</summary>
    public ShareFormValues? Values { get; init; }

    public IReadOnlyList<FieldError> Errors { get; init; } = [];

    /// <summary>For <see cref="ShareResultKind.NotOwner"/>: who the submission belongs to (display name).</summary>
    public string? OwnerName { get; init; }

    public static ShareResult Seen(ShareSubmission existing)
    {
        ArgumentNullException.ThrowIfNull(existing);
        var kind = existing.Status switch
        {
            SubmissionStatus.Created => ShareOutcomeKind.Created,
            SubmissionStatus.Queued => ShareOutcomeKind.Queued,
            _ => ShareOutcomeKind.InProgress,
        };
        return new(ShareResultKind.Repeated, new ShareOutcome(kind, existing));
    }
}
