using SnowChatOps.Bot.Sharing.Form;

namespace SnowChatOps.Bot.Sharing.Submission;

/// <summary>
/// The one share operation, for the chat form and the message extension alike: checks that the submission is the
/// presser's own, answers a correlation id seen before with that submission's state, validates, persists the
/// submission before ServiceNow is called and hands it to <see cref="SubmissionRunner"/> (exactly once).
/// </summary>
internal sealed class ShareService(ISubmissionStore store, SubmissionRunner runner, TimeProvider time, ILogger<ShareService> logger)
{
    public async Task<ShareResult> SubmitAsync(ShareRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var existing = await store.GetAsync(request.TenantId, request.Arg.CorrelationId, cancellationToken);
        if (Refused(existing, request) is { } refused)
        {
            return refused;
        }

        if (existing is { Status: SubmissionStatus.Created or SubmissionStatus.Creating or SubmissionStatus.Queued })
        {
            return Seen(existing);
        }

        if (request.Values is not { } values)
        {
            return existing is null ? new ShareResult(ShareResultKind.Stale) : await RunAsync(existing, request, cancellationToken);
        }

        var (form, errors) = ShareFormValidator.Validate(request.Arg.ActionId, values, request.Clock.Today);
        if (form is null)
        {
            logger.FormInvalid(errors.Count);
            return new ShareResult(ShareResultKind.Invalid) { Values = values, Errors = errors };
        }

        if (existing is not null)
        {
            return await RunAsync(existing with { Form = form, UtcOffset = request.Clock.UtcOffset, Locale = request.Locale }, request, cancellationToken);
        }

        if (await store.TryAddAsync(New(request, form), cancellationToken) is not { } added)
        {
            // A concurrent press stored it first and is creating the ticket: answer with its state.
            var winner = await store.GetAsync(request.TenantId, request.Arg.CorrelationId, cancellationToken);
            return winner is null ? new ShareResult(ShareResultKind.Stale) : ShareResult.Seen(winner);
        }

        logger.SubmissionStored(added.CorrelationId, request.Arg.ActionId ?? "(message)");
        return await RunAsync(added, request, cancellationToken);
    }

    /// <summary>
    /// The form's Cancel: nothing to undo when no press of this form was stored (or ServiceNow refused it). A form
    /// whose Send already went through is answered with that submission's state, never with "nothing was shared".
    /// </summary>
    public async Task<ShareResult> CancelAsync(ShareRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var existing = await store.GetAsync(request.TenantId, request.Arg.CorrelationId, cancellationToken);
        if (Refused(existing, request) is { } refused)
        {
            return refused;
        }

        if (existing is { Status: SubmissionStatus.Created or SubmissionStatus.Creating or SubmissionStatus.Queued }
            or { Status: SubmissionStatus.Pending, Hold: SubmissionHold.None })
        {
            return Seen(existing);
        }

        logger.Cancelled(request.Arg.CorrelationId);
        return new ShareResult(ShareResultKind.Cancelled);
    }

    /// <summary>Another user's submission: refused, nothing changed. Null when the press is the owner's (or the first).</summary>
    private ShareResult? Refused(ShareSubmission? existing, ShareRequest request)
    {
        if (existing is null || existing.BelongsTo(request.UserId))
        {
            return null;
        }

        logger.NotOwner(existing.CorrelationId);
        return new ShareResult(ShareResultKind.NotOwner) { OwnerName = existing.SharedBy };
    }

    /// <summary>A submission already under way or done: its state, nothing redone.</summary>
    private ShareResult Seen(ShareSubmission existing)
    {
        logger.AlreadyHandled(existing.CorrelationId, existing.Status.ToString());
        return ShareResult.Seen(existing);
    }

    private async Task<ShareResult> RunAsync(ShareSubmission submission, ShareRequest request, CancellationToken cancellationToken)
        => new(ShareResultKind.Ran, await runner.RunAsync(submission, checkDuplicates: !request.Anyway, cancellationToken));

    private ShareSubmission New(ShareRequest request, ShareForm form) => new()
    {
        TenantId = request.TenantId,
        CorrelationId = request.Arg.CorrelationId,
        Form = form,
        Status = SubmissionStatus.Pending,
        OwnerId = request.UserId,
        InitiatedBy = request.InitiatedBy,
        SharedBy = request.UserName,
        ConversationId = request.ConversationId,
        CardActivityId = request.CardActivityId,
        Locale = request.Locale,
        UtcOffset = request.Clock.UtcOffset,
        UpdatedAt = time.GetUtcNow(),
    };
}
