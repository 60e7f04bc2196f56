using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.Sharing.Form;
using SnowChatOps.Bot.Sharing.Submission;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tickets;

namespace SnowChatOps.Bot.Sharing.Cards;

/// <summary>Turns a share outcome into the card that replaces the form (in the current UI culture).</summary>
internal sealed class SharePresenter(ServiceNowClient snow, TicketCardService tickets, TimeProvider time)
{
    /// <returns>The card, or null when the answer is a short text (<see cref="ShareOutcomeKind.InProgress"/>).</returns>
    public async Task<AdaptiveCard?> CardAsync(ShareOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var submission = outcome.Submission;
        return outcome.Kind switch
        {
            ShareOutcomeKind.Created => await TicketAsync(submission, cancellationToken),
            ShareOutcomeKind.Queued => StatusCards.Queued(submission.Form.Name),
            ShareOutcomeKind.NotConnected => StatusCards.NotConnected(),
            ShareOutcomeKind.Duplicates when submission.Form.ActionId is { } actionId => await DuplicatesAsync(outcome, actionId, cancellationToken),
            ShareOutcomeKind.Failed when submission.Form.ActionId is { } actionId => FailedForm(submission, actionId),

            // A share without an improvement action (a Teams message) has no chat form to resend; say why it failed.
            ShareOutcomeKind.Failed => StatusCards.Refused(submission.Form.Name, submission.Error ?? "?"),
            _ => null,
        };
    }

    private Task<AdaptiveCard> TicketAsync(ShareSubmission submission, CancellationToken cancellationToken)
        => tickets.CardAsync(SharedTicket.Tracked(submission, time.GetUtcNow()), SharedTicket.Live(submission), cancellationToken);

    private async Task<AdaptiveCard> DuplicatesAsync(ShareOutcome outcome, string actionId, CancellationToken cancellationToken)
    {
        var instance = await snow.GetInstanceAsync(outcome.Submission.TenantId, cancellationToken);
        var open = outcome.Duplicates.Select(t => (t, instance is null ? null : TicketLink.For(instance, t.Table, t.SysId))).ToList();
        var arg = new ShareArg(outcome.Submission.CorrelationId, actionId);
        return StatusCards.Duplicates(outcome.Submission.Form.Name, arg, open);
    }

    private AdaptiveCard FailedForm(ShareSubmission submission, string actionId)
    {
        var today = UserCalendar.At(submission.UtcOffset, time).Today;
        var notice = string.Format(System.Globalization.CultureInfo.CurrentCulture, SharingText.Failed_Notice, submission.Error ?? "?");
        var arg = new ShareArg(submission.CorrelationId, actionId);
        return ShareFormCard.Build(new ShareFormView(submission.Form.Name, arg, ShareFormValues.From(submission.Form), today, [], notice));
    }
}
