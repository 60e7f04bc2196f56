using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.Sharing.Cards;
using SnowChatOps.Bot.Tickets;

namespace SnowChatOps.Bot.Sharing.Submission;

/// <summary>
/// Finishes one due submission for <see cref="QueuedSubmissionProcessor"/> through <see cref="SubmissionRunner"/>, which
/// looks the ticket up by correlation id before creating; the user's card is then updated in place (a created
/// ticket's card through Tickets/).
/// </summary>
internal sealed class QueuedSubmissionFinisher(
    SubmissionRunner runner, SharePresenter presenter, TicketCardService tickets, IConversationStore conversations, ProactiveMessenger messenger,
    ILogger<QueuedSubmissionFinisher> logger)
{
    public async Task FinishAsync(ShareSubmission submission, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A Pending one that never reached ServiceNow still deserves the duplicate check the user would have had.
        var outcome = await runner.RunAsync(submission, checkDuplicates: submission.Attempts == 0, cancellationToken);
        if (outcome.Kind is ShareOutcomeKind.Created)
        {
            await tickets.RefreshAsync(SharedTicket.Tracked(outcome.Submission, now), SharedTicket.Live(outcome.Submission), cancellationToken);
        }
        else if (outcome.Kind is not (ShareOutcomeKind.Queued or ShareOutcomeKind.InProgress))
        {
            await UpdateCardAsync(outcome, cancellationToken);
        }
    }

    private async Task UpdateCardAsync(ShareOutcome outcome, CancellationToken cancellationToken)
    {
        var submission = outcome.Submission;
        var target = await conversations.GetAsync(submission.TenantId, submission.ConversationId, cancellationToken);
        AdaptiveCard? card;
        using (CultureScope.Use(submission.Locale))
        {
            card = await presenter.CardAsync(outcome, cancellationToken);
        }

        var delivered = card is not null && target is { Active: true }
            && await messenger.ContinueAsync(target, (turn, ct) => ReplaceCardAsync(turn, submission, card, ct), cancellationToken);
        if (!delivered)
        {
            logger.CardNotUpdated(submission.CorrelationId);
        }
    }

    private static async Task ReplaceCardAsync(ITurnContext turn, ShareSubmission submission, AdaptiveCard card, CancellationToken cancellationToken)
    {
        var activity = (Activity)card.ToActivity();
        if (submission.CardActivityId is { Length: > 0 } cardId)
        {
            activity.Id = cardId;
            try
            {
                await turn.UpdateActivityAsync(activity, cancellationToken);
                return;
            }
            catch (ErrorResponseException)
            {
                activity.Id = null; // the card is gone or cannot be edited: post the result as a new card
            }
        }

        await turn.SendActivityAsync(activity, cancellationToken);
    }
}
