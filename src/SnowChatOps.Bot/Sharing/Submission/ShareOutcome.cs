using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Sharing.Submission;

/// <summary>How one attempt at a submission ended, with what its card needs.</summary>
internal sealed record ShareOutcome(ShareOutcomeKind Kind, ShareSubmission Submission)
{
    public IReadOnlyList<Ticket> Duplicates { get; init; } = [];
}
