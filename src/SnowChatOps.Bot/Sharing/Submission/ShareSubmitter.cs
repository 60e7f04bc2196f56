using System.Globalization;
using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.Sharing.Cards;
using SnowChatOps.Bot.Sharing.Form;

namespace SnowChatOps.Bot.Sharing.Submission;

/// <summary>
/// Handles "Send to ServiceNow" and "Create another anyway": validates, persists the submission before ServiceNow
/// is called, hands it to <see cref="SubmissionRunner"/>, and replaces the form with the outcome's card.
/// A correlation id seen before answers with that submission's state instead of creating again.
/// </summary>
internal sealed class ShareSubmitter(
    ISubmissionStore store, SubmissionRunner runner, SharePresenter presenter, ImprovementActionCatalog catalog,
    TimeProvider time, ILogger<ShareSubmitter> logger)
{
    public async Task SubmitAsync(ITurnContext turn, CommandInput input, bool anyway, CancellationToken cancellationToken)
    {
        if (!ShareArg.TryParse(input.Argument, out var arg))
        {
            await turn.SendActivityAsync(SharingText.Card_Stale, cancellationToken: cancellationToken);
            return;
        }

        var tenantId = SharingTurn.TenantId(turn);
        var existing = await store.GetAsync(tenantId, arg.CorrelationId, cancellationToken);
        if (existing is { Status: SubmissionStatus.Created or SubmissionStatus.Creating or SubmissionStatus.Queued })
        {
            logger.AlreadyHandled(existing.CorrelationId, existing.Status.ToString());
            await ShowAsync(turn, await presenter.CurrentAsync(existing, cancellationToken), cancellationToken);
            return;
        }

        var submission = anyway ? existing : await FromFormAsync(turn, input, arg, existing, cancellationToken);
        if (submission is null)
        {
            if (anyway)
            {
                await turn.SendActivityAsync(SharingText.Card_Stale, cancellationToken: cancellationToken);
            }

            return;
        }

        var outcome = await runner.RunAsync(submission, checkDuplicates: !anyway, cancellationToken);
        await ShowAsync(turn, await presenter.CardAsync(outcome, cancellationToken), cancellationToken);
    }

    /// <returns>The stored submission to run, or null when the turn was already answered (invalid form, concurrent click).</returns>
    private async Task<ShareSubmission?> FromFormAsync(
        ITurnContext turn, CommandInput input, ShareArg arg, ShareSubmission? existing, CancellationToken cancellationToken)
    {
        var clock = UserCalendar.For(turn, time);
        var values = ShareFormValues.From(input);
        var (form, errors) = ShareFormValidator.Validate(arg.ActionId, values, clock.Today);
        if (form is null)
        {
            logger.FormInvalid(errors.Count);
            var title = (await catalog.FindAsync(SharingTurn.TenantId(turn), arg.ActionId, cancellationToken))?.Title ?? arg.ActionId;
            await turn.ReplaceOrSendAsync(ShareFormCard.Build(new ShareFormView(title, arg, values, clock.Today, errors)), cancellationToken);
            return null;
        }

        if (existing is not null)
        {
            return existing with { Form = form, UtcOffset = clock.UtcOffset, Locale = CultureInfo.CurrentUICulture.Name };
        }

        var added = await store.TryAddAsync(New(turn, arg, form, clock), cancellationToken);
        if (added is null)
        {
            await ShowAsync(turn, null, cancellationToken); // a concurrent click stored it first and is creating the ticket
            return null;
        }

        logger.SubmissionStored(added.CorrelationId, arg.ActionId);
        return added;
    }

    private ShareSubmission New(ITurnContext turn, ShareArg arg, ShareForm form, UserCalendar clock) => new()
    {
        TenantId = SharingTurn.TenantId(turn),
        CorrelationId = arg.CorrelationId,
        Form = form,
        Status = SubmissionStatus.Pending,
        InitiatedBy = SharingTurn.InitiatedBy(turn),
        SharedBy = SharingTurn.UserName(turn),
        ConversationId = turn.Activity.Conversation?.Id ?? string.Empty,
        CardActivityId = turn.Activity.ReplyToId,
        Locale = CultureInfo.CurrentUICulture.Name,
        UtcOffset = clock.UtcOffset,
        UpdatedAt = time.GetUtcNow(),
    };

    private static Task ShowAsync(ITurnContext turn, AdaptiveCard? card, CancellationToken cancellationToken) =>
        card is null
            ? turn.SendActivityAsync(SharingText.InProgress, cancellationToken: cancellationToken)
            : turn.ReplaceOrSendAsync(card, cancellationToken);
}
