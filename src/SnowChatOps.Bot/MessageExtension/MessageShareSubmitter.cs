using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema.Teams;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.MessageExtension.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Sharing;
using SnowChatOps.Bot.Sharing.Form;
using SnowChatOps.Bot.Sharing.Submission;

namespace SnowChatOps.Bot.MessageExtension;

/// <summary>
/// <c>composeExtension/submitAction</c> of the share dialog, on the Sharing feature's exactly-once path: the
/// submission is stored under the dialog's correlation id before ServiceNow is called and run by
/// <see cref="SubmissionRunner"/> (claim, look up by correlation id on retries, create, queue when ServiceNow is down).
/// A correlation id seen before answers with that submission's state instead of creating again.
/// </summary>
internal sealed class MessageShareSubmitter(
    ISubmissionStore store, SubmissionRunner runner, MessageShareAnswers answers, TimeProvider time, ILogger<MessageShareSubmitter> logger)
{
    public async Task<MessagingExtensionActionResponse> SubmitAsync(ITurnContext turn, object? data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (SubmitPayload.TryRead(data) is not { Verb: MessageShareNames.SubmitVerb } submit || !ShareArg.IsMinted(submit.Input.Argument))
        {
            logger.StaleSubmit();
            return TaskModules.Card(SharingText.Form_Title, DialogCards.Stale());
        }

        var correlationId = submit.Input.Argument;
        var existing = await store.GetAsync(SharingTurn.TenantId(turn), correlationId, cancellationToken);
        if (existing is { Status: SubmissionStatus.Created or SubmissionStatus.Creating or SubmissionStatus.Queued })
        {
            logger.AlreadyHandled(correlationId, existing.Status.ToString());
            return await answers.CurrentAsync(existing, cancellationToken);
        }

        var clock = UserCalendar.For(turn, time);
        var values = ShareFormValues.From(submit.Input) with { Source = nameof(RecommendationSource.User) };
        var (form, errors) = ShareFormValidator.Validate(actionId: null, values, clock.Today);
        if (form is null)
        {
            logger.FormInvalid(correlationId, errors.Count);
            return MessageShareAnswers.Form(new MessageShareFormView(correlationId, values, clock.Today, errors));
        }

        var submission = existing is null
            ? await StoreAsync(turn, correlationId, form, clock, cancellationToken)
            : existing with { Form = form, UtcOffset = clock.UtcOffset, Locale = CultureInfo.CurrentUICulture.Name };
        if (submission is null)
        {
            return MessageShareAnswers.InProgress(); // a concurrent submit stored it first and is creating the ticket
        }

        var outcome = await runner.RunAsync(submission, checkDuplicates: false, cancellationToken);
        logger.Answered(correlationId, outcome.Kind.ToString());
        return await answers.OutcomeAsync(turn, outcome, cancellationToken);
    }

    private async Task<ShareSubmission?> StoreAsync(
        ITurnContext turn, string correlationId, ShareForm form, UserCalendar clock, CancellationToken cancellationToken)
    {
        var added = await store.TryAddAsync(
            new ShareSubmission
            {
                TenantId = SharingTurn.TenantId(turn),
                CorrelationId = correlationId,
                Form = form,
                Status = SubmissionStatus.Pending,
                InitiatedBy = SharingTurn.InitiatedBy(turn),
                SharedBy = SharingTurn.UserName(turn),
                ConversationId = turn.Activity.Conversation?.Id ?? string.Empty,
                Locale = CultureInfo.CurrentUICulture.Name,
                UtcOffset = clock.UtcOffset,
                UpdatedAt = time.GetUtcNow(),
            },
            cancellationToken);
        if (added is not null)
        {
            logger.SubmissionStored(correlationId);
        }

        return added;
    }
}
