using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Hosting;
using SnowChatOps.Bot.Observability;

namespace SnowChatOps.Bot.Sharing.Submission;

/// <summary>
/// Finds what a turn could not finish: queued submissions whose retry time has come, and submissions left Creating
/// (or Pending) by a bot that stopped mid-call, and hands each to <see cref="QueuedSubmissionFinisher"/>. The
/// finisher (ServiceNow, cards, Teams) is built when the first due submission is found: most cycles find none.
/// </summary>
internal sealed class QueuedSubmissionProcessor(
    ISubmissionStore store, Deferred<QueuedSubmissionFinisher> finisher, TimeProvider time, IOptions<SharingOptions> options, Telemetry telemetry,
    ILogger<QueuedSubmissionProcessor> logger)
{
    private static readonly SubmissionStatus[] Unfinished = [SubmissionStatus.Queued, SubmissionStatus.Creating, SubmissionStatus.Pending];

    public async Task ProcessQueuedOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var unfinished = await store.ListAsync(Unfinished, cancellationToken);
        telemetry.SharesQueued(unfinished.Count);
        var due = unfinished.Where(s => IsDue(s, now)).ToList();
        if (due.Count == 0)
        {
            return;
        }

        logger.ProcessingQueued(due.Count);
        foreach (var submission in due)
        {
            await finisher.Value.FinishAsync(submission, now, cancellationToken);
        }
    }

    private bool IsDue(ShareSubmission submission, DateTimeOffset now) => submission.Status switch
    {
        SubmissionStatus.Queued => (submission.NextAttemptAt ?? DateTimeOffset.MinValue) <= now,
        _ => submission.Hold == SubmissionHold.None && now - submission.UpdatedAt >= options.Value.AbandonedAfter,
    };
}
