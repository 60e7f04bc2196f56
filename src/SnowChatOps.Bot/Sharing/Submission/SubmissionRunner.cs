using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Observability;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Errors;
using SnowChatOps.Bot.Tickets;

namespace SnowChatOps.Bot.Sharing.Submission;

/// <summary>
/// The exactly-once core, used by the submit turn and the background processor alike: win the submission
/// (Pending/Queued/Failed -> Creating, ETag-guarded), look the ticket up by correlation id when an earlier attempt
/// may have landed, otherwise create it; record the outcome before anyone is told about it.
/// </summary>
internal sealed class SubmissionRunner(
    ISubmissionStore store, ServiceNowClient snow, TrackedTickets tracked, TimeProvider time,
    IOptions<SharingOptions> options, Telemetry telemetry, ILogger<SubmissionRunner> logger)
{
    public async Task<ShareOutcome> RunAsync(ShareSubmission submission, bool checkDuplicates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var outcome = await RunOnceAsync(submission, checkDuplicates, cancellationToken);
        telemetry.ShareFinished(OutcomeName(outcome.Kind));
        return outcome;
    }

    private static string OutcomeName(ShareOutcomeKind kind) => kind switch
    {
        ShareOutcomeKind.NotConnected => "not_connected",
        ShareOutcomeKind.InProgress => "in_progress",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private async Task<ShareOutcome> RunOnceAsync(ShareSubmission submission, bool checkDuplicates, CancellationToken cancellationToken)
    {
        if (await ClaimAsync(submission, cancellationToken) is not { } claimed)
        {
            return await CurrentAsync(submission, cancellationToken);
        }

        try
        {
            return await CreateOnceAsync(claimed, checkDuplicates, cancellationToken);
        }
        catch (ServiceNowReauthorizationRequiredException)
        {
            return await HoldAsync(claimed, SubmissionHold.NotConnected, ShareOutcomeKind.NotConnected, cancellationToken);
        }
        catch (ServiceNowUnavailableException ex)
        {
            return await QueueAsync(claimed, ex.IsCircuitOpen ? "circuit open" : "unavailable", null, cancellationToken);
        }
        catch (ServiceNowRateLimitedException ex)
        {
            return await QueueAsync(claimed, "rate limited", ex.RetryAfter, cancellationToken);
        }
        catch (ServiceNowException ex)
        {
            return await FailAsync(claimed, ex, cancellationToken);
        }
    }

    /// <summary>Pending/Queued/Failed -> Creating, ETag-guarded: null when another turn or processor won.</summary>
    private Task<ShareSubmission?> ClaimAsync(ShareSubmission submission, CancellationToken cancellationToken) =>
        store.TryReplaceAsync(
            submission with
            {
                Status = SubmissionStatus.Creating, Hold = SubmissionHold.None, Error = null, NextAttemptAt = null,
                Attempts = submission.Attempts + 1, UpdatedAt = time.GetUtcNow(),
            },
            cancellationToken);

    private async Task<ShareOutcome> FailAsync(ShareSubmission claimed, ServiceNowException error, CancellationToken cancellationToken)
    {
        logger.Failed(claimed.CorrelationId, (int?)error.StatusCode);
        var failed = claimed with { Status = SubmissionStatus.Failed, Error = error.ServiceNowMessage ?? error.StatusCode?.ToString(), UpdatedAt = time.GetUtcNow() };
        return new ShareOutcome(ShareOutcomeKind.Failed, await SaveAsync(failed, cancellationToken));
    }

    private async Task<ShareOutcome> CreateOnceAsync(ShareSubmission claimed, bool checkDuplicates, CancellationToken cancellationToken)
    {
        if (await snow.GetInstanceAsync(claimed.TenantId, cancellationToken) is null)
        {
            logger.NotConnected(claimed.CorrelationId);
            return await HoldAsync(claimed, SubmissionHold.NotConnected, ShareOutcomeKind.NotConnected, cancellationToken);
        }

        // An earlier attempt may have created the ticket and then lost the answer (timeout, restart): find it first.
        if (claimed.Attempts > 1
            && await snow.FindByCorrelationIdAsync(claimed.TenantId, claimed.Form.Type, claimed.CorrelationId, cancellationToken) is { } existing)
        {
            logger.FoundByCorrelation(claimed.CorrelationId, existing.Number);
            return await CompleteAsync(claimed, existing, cancellationToken);
        }

        if (checkDuplicates && claimed.Form.ActionId is { } actionId)
        {
            var open = await snow.FindOpenTicketsForActionAsync(claimed.TenantId, actionId, cancellationToken);
            if (open.Count > 0)
            {
                logger.DuplicatesFound(claimed.CorrelationId, open.Count, actionId);
                return await HoldAsync(claimed, SubmissionHold.Duplicates, ShareOutcomeKind.Duplicates, cancellationToken) with { Duplicates = open };
            }
        }

        var ticket = await snow.CreateTicketAsync(claimed.TenantId, NewTicketFor(claimed), cancellationToken);
        logger.Created(claimed.CorrelationId, ticket.Table.ToTableName(), ticket.Number);
        return await CompleteAsync(claimed, ticket, cancellationToken);
    }

    private async Task<ShareOutcome> CompleteAsync(ShareSubmission claimed, Ticket ticket, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var created = claimed with { Status = SubmissionStatus.Created, Ticket = CreatedTicket.From(ticket), UpdatedAt = now };
        var saved = await SaveAsync(created, cancellationToken);
        await tracked.TrackAsync(SharedTicket.Tracked(saved, now), cancellationToken);
        return new ShareOutcome(ShareOutcomeKind.Created, saved);
    }

    private async Task<ShareOutcome> QueueAsync(ShareSubmission claimed, string reason, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var backoff = settings.RetryInterval * Math.Pow(2, Math.Min(claimed.Attempts - 1, 16));
        var delay = TimeSpan.FromTicks(Math.Min(Math.Max(backoff.Ticks, (retryAfter ?? TimeSpan.Zero).Ticks), settings.MaxRetryDelay.Ticks));
        var now = time.GetUtcNow();
        logger.Queued(claimed.CorrelationId, reason, now + delay);
        var queued = claimed with { Status = SubmissionStatus.Queued, NextAttemptAt = now + delay, UpdatedAt = now };
        return new ShareOutcome(ShareOutcomeKind.Queued, await SaveAsync(queued, cancellationToken));
    }

    private async Task<ShareOutcome> HoldAsync(ShareSubmission claimed, SubmissionHold hold, ShareOutcomeKind kind, CancellationToken cancellationToken)
    {
        var held = claimed with { Status = SubmissionStatus.Pending, Hold = hold, UpdatedAt = time.GetUtcNow() };
        return new ShareOutcome(kind, await SaveAsync(held, cancellationToken));
    }

    // We hold the claim, so a conflict means the processor took over an attempt it judged abandoned; keep our view.
    private async Task<ShareSubmission> SaveAsync(ShareSubmission submission, CancellationToken cancellationToken)
        => await store.TryReplaceAsync(submission, cancellationToken) ?? submission;

    private async Task<ShareOutcome> CurrentAsync(ShareSubmission submission, CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(submission.TenantId, submission.CorrelationId, cancellationToken) ?? submission;
        logger.AlreadyHandled(current.CorrelationId, current.Status.ToString());
        return new ShareOutcome(current.Status == SubmissionStatus.Created ? ShareOutcomeKind.Created : ShareOutcomeKind.InProgress, current);
    }

    private static NewTicket NewTicketFor(ShareSubmission s) => new()
    {
        Table = s.Form.Type,
        ShortDescription = s.Form.Name,
        Description = s.Form.Description,
        Priority = s.Form.Priority,
        DueDate = UserCalendar.DueInstant(s.Form.DueDate, s.UtcOffset),
        CorrelationId = s.CorrelationId,
        InitiatedBy = s.InitiatedBy,
        RecommendationSource = s.Form.Source,
        RecommendationCategory = s.Form.Category,
        ActionId = s.Form.ActionId,
    };
}
