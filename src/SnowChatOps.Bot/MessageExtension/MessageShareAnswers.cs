using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema.Teams;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.MessageExtension.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.Sharing;
using SnowChatOps.Bot.Sharing.Cards;
using SnowChatOps.Bot.Sharing.Form;
using SnowChatOps.Bot.Sharing.Submission;
using SnowChatOps.Bot.Sharing.Tracked;

namespace SnowChatOps.Bot.MessageExtension;

/// <summary>
/// Turns a share outcome into the dialog's answer. A ticket created by this submit is also posted into the
/// conversation the message is in (its channel thread), and that card becomes the one tracking updates.
/// </summary>
internal sealed class MessageShareAnswers(
    SharePresenter presenter, ISubmissionStore store, ITrackedTicketStore tracked, TimeProvider time, ILogger<MessageShareAnswers> logger)
{
    public static MessagingExtensionActionResponse Form(MessageShareFormView view) =>
        TaskModules.Card(SharingText.Form_Title, MessageShareFormCard.Build(view));

    public static MessagingExtensionActionResponse InProgress() => TaskModules.Card(SharingText.Form_Title, DialogCards.InProgress());

    /// <summary>A submission seen again (a double click, a retried invoke): its current state, nothing posted again.</summary>
    public async Task<MessagingExtensionActionResponse> CurrentAsync(ShareSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return submission.Status switch
        {
            SubmissionStatus.Created => await TicketAsync(new ShareOutcome(ShareOutcomeKind.Created, submission), cancellationToken),
            SubmissionStatus.Queued => Queued(submission),
            _ => InProgress(),
        };
    }

    public async Task<MessagingExtensionActionResponse> OutcomeAsync(ITurnContext turn, ShareOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Kind switch
        {
            ShareOutcomeKind.Created => await CreatedAsync(turn, outcome, cancellationToken),
            ShareOutcomeKind.Queued => Queued(outcome.Submission),
            ShareOutcomeKind.NotConnected => TaskModules.Card(SharingText.Form_Title, DialogCards.NotConnected()),
            ShareOutcomeKind.Failed => Failed(outcome.Submission),
            _ => InProgress(),
        };
    }

    private async Task<MessagingExtensionActionResponse> CreatedAsync(ITurnContext turn, ShareOutcome outcome, CancellationToken cancellationToken)
    {
        var card = await presenter.CardAsync(outcome, cancellationToken) ?? throw new InvalidOperationException("A created ticket always has a card.");
        await PostAsync(turn, outcome.Submission, card, cancellationToken);
        return TaskModules.Card(SharingText.Form_Title, card);
    }

    private async Task<MessagingExtensionActionResponse> TicketAsync(ShareOutcome outcome, CancellationToken cancellationToken)
    {
        var card = await presenter.CardAsync(outcome, cancellationToken) ?? throw new InvalidOperationException("A created ticket always has a card.");
        return TaskModules.Card(SharingText.Form_Title, card);
    }

    private static MessagingExtensionActionResponse Queued(ShareSubmission submission) =>
        TaskModules.Card(SharingText.Form_Title, DialogCards.Queued(submission.Form.Name));

    /// <summary>ServiceNow refused it: the form again with ServiceNow's reason, same correlation id, so it can be corrected and resent.</summary>
    private MessagingExtensionActionResponse Failed(ShareSubmission submission)
    {
        var today = UserCalendar.At(submission.UtcOffset, time).Today;
        var notice = string.Format(CultureInfo.CurrentCulture, SharingText.Failed_Notice, submission.Error ?? "?");
        return Form(new MessageShareFormView(submission.CorrelationId, ShareFormValues.From(submission.Form), today, [], notice));
    }

    private async Task PostAsync(ITurnContext turn, ShareSubmission submission, AdaptiveCard card, CancellationToken cancellationToken)
    {
        var posted = await turn.SendActivityAsync(card.ToActivity(), cancellationToken);
        var ticket = submission.Ticket!;
        logger.TicketPosted(ticket.Number, submission.CorrelationId);
        if (posted?.Id is not { Length: > 0 } cardId)
        {
            return;
        }

        await store.TryReplaceAsync(submission with { CardActivityId = cardId }, cancellationToken);
        if (await tracked.GetAsync(submission.TenantId, ticket.Table, ticket.SysId, cancellationToken) is { } watched)
        {
            await tracked.SaveAsync(watched with { CardActivityId = cardId }, cancellationToken);
        }
    }
}
