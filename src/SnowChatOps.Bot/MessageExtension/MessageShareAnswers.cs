using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema.Teams;
using SnowChatOps.Bot.MessageExtension.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.Sharing;
using SnowChatOps.Bot.Sharing.Form;
using SnowChatOps.Bot.Sharing.Submission;
using SnowChatOps.Bot.Tickets;

namespace SnowChatOps.Bot.MessageExtension;

/// <summary>
/// Renders a share result as the dialog's answer. A ticket created by this submit is also posted into the
/// conversation the message is in (its channel thread) through Tickets/, and that card is the one tracking updates.
/// </summary>
internal sealed class MessageShareAnswers(
    TicketCardService tickets, ISubmissionStore store, TimeProvider time, ILogger<MessageShareAnswers> logger)
{
    public static MessagingExtensionActionResponse Form(MessageShareFormView view) =>
        TaskModules.Card(SharingText.Form_Title, MessageShareFormCard.Build(view));

    public async Task<MessagingExtensionActionResponse> ResultAsync(ITurnContext turn, ShareRequest request, ShareResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(result);
        return result.Kind switch
        {
            ShareResultKind.Stale => Dialog(DialogCards.Stale()),
            ShareResultKind.NotOwner => Dialog(DialogCards.NotOwner()),
            ShareResultKind.Invalid => Form(new MessageShareFormView(request.Arg.CorrelationId, result.Values!, request.Clock.Today, result.Errors)),
            ShareResultKind.Repeated => await OutcomeAsync(turn, result.Outcome!, post: false, cancellationToken),
            _ => await OutcomeAsync(turn, result.Outcome!, post: true, cancellationToken),
        };
    }

    /// <param name="post">False for a submission seen again (a double click, a retried invoke): nothing is posted twice.</param>
    private async Task<MessagingExtensionActionResponse> OutcomeAsync(ITurnContext turn, ShareOutcome outcome, bool post, CancellationToken cancellationToken) => outcome.Kind switch
    {
        ShareOutcomeKind.Created => await CreatedAsync(turn, outcome.Submission, post, cancellationToken),
        ShareOutcomeKind.Queued => Dialog(DialogCards.Queued(outcome.Submission.Form.Name)),
        ShareOutcomeKind.NotConnected => Dialog(DialogCards.NotConnected()),
        ShareOutcomeKind.Failed => Failed(outcome.Submission),
        _ => Dialog(DialogCards.InProgress()),
    };

    /// <summary>
    /// The ticket card goes into the message's thread (Tickets/ posts it and tracks it there); the dialog only says
    /// so, in a message that closes it, instead of showing a second copy of the card that would never update.
    /// </summary>
    private async Task<MessagingExtensionActionResponse> CreatedAsync(ITurnContext turn, ShareSubmission submission, bool post, CancellationToken cancellationToken)
    {
        var ticket = submission.Ticket ?? throw new InvalidOperationException("A created submission always has a ticket.");
        if (post)
        {
            var placed = await tickets.PostAsync(turn, SharedTicket.Tracked(submission, time.GetUtcNow()), SharedTicket.Live(submission), cancellationToken);
            logger.TicketPosted(placed.Number, submission.CorrelationId);
            if (placed.CardActivityId is { Length: > 0 } cardId)
            {
                await store.TryReplaceAsync(submission with { CardActivityId = cardId }, cancellationToken);
            }
        }

        return TaskModules.Done(string.Format(CultureInfo.CurrentCulture, MessageExtensionText.Created_Done, ticket.Number));
    }

    /// <summary>ServiceNow refused it: the form again with ServiceNow's reason, same correlation id, so it can be corrected and resent.</summary>
    private MessagingExtensionActionResponse Failed(ShareSubmission submission)
    {
        var today = UserCalendar.At(submission.UtcOffset, time).Today;
        var notice = string.Format(CultureInfo.CurrentCulture, SharingText.Failed_Notice, submission.Error ?? "?");
        return Form(new MessageShareFormView(submission.CorrelationId, ShareFormValues.From(submission.Form), today, [], notice));
    }

    private static MessagingExtensionActionResponse Dialog(SnowChatOps.Bot.Cards.AdaptiveCard card) => TaskModules.Card(SharingText.Form_Title, card);
}
