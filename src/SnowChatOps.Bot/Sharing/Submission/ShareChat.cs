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
/// The chat form's "Send to ServiceNow" and the duplicates card's "Create another anyway": reads the press into a
/// <see cref="ShareRequest"/>, calls <see cref="ShareService"/>, and replaces the pressed card with the answer; and
/// the form's Cancel.
/// </summary>
internal sealed class ShareChat(ShareService service, SharePresenter presenter, ImprovementActionCatalog catalog, TimeProvider time, ILogger<ShareChat> logger)
{
    public async Task SubmitAsync(ITurnContext turn, CommandInput input, bool anyway, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(input);
        if (!CardArg.TryRead<ShareArg>(input.Argument, out var arg) || arg.ActionId is null)
        {
            await turn.SendActivityAsync(SharingText.Card_Stale, cancellationToken: cancellationToken);
            return;
        }

        var request = SharingTurn.Request(turn, arg, anyway ? null : ShareFormValues.From(input), time);
        var result = await service.SubmitAsync(request, cancellationToken);
        logger.Answered(result.Kind.ToString(), result.Outcome?.Kind.ToString() ?? "-", arg.CorrelationId);
        await ShowAsync(turn, request, result, cancellationToken);
    }

    /// <summary>The form's Cancel: the form becomes a "not shared" card; a form already sent shows what became of it.</summary>
    public async Task CancelAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(input);
        if (!CardArg.TryRead<ShareArg>(input.Argument, out var arg) || arg.ActionId is null)
        {
            await turn.SendActivityAsync(SharingText.Card_Stale, cancellationToken: cancellationToken);
            return;
        }

        var request = SharingTurn.Request(turn, arg, null, time);
        var result = await service.CancelAsync(request, cancellationToken);
        if (result.Kind is not ShareResultKind.Cancelled)
        {
            await ShowAsync(turn, request, result, cancellationToken);
            return;
        }

        var title = (await catalog.FindAsync(request.TenantId, arg.ActionId, cancellationToken))?.Title ?? arg.ActionId;
        await turn.ReplaceOrSendAsync(StatusCards.Cancelled(title), cancellationToken);
    }

    private async Task ShowAsync(ITurnContext turn, ShareRequest request, ShareResult result, CancellationToken cancellationToken)
    {
        switch (result.Kind)
        {
            case ShareResultKind.Stale:
                await turn.SendActivityAsync(SharingText.Card_Stale, cancellationToken: cancellationToken);
                return;
            case ShareResultKind.NotOwner:
                var refusal = string.Format(CultureInfo.CurrentCulture, SharingText.NotOwner, result.OwnerName ?? "?", request.Arg.ActionId);
                await turn.SendActivityAsync(refusal, cancellationToken: cancellationToken);
                return;
            case ShareResultKind.Invalid:
                var title = (await catalog.FindAsync(request.TenantId, request.Arg.ActionId!, cancellationToken))?.Title ?? request.Arg.ActionId!;
                await turn.ReplaceOrSendAsync(ShareFormCard.Build(new ShareFormView(title, request.Arg, result.Values!, request.Clock.Today, result.Errors)), cancellationToken);
                return;
        }

        if (await presenter.CardAsync(result.Outcome!, cancellationToken) is { } card)
        {
            await turn.ReplaceOrSendAsync(card, cancellationToken);
            return;
        }

        await turn.SendActivityAsync(SharingText.InProgress, cancellationToken: cancellationToken);
    }
}
