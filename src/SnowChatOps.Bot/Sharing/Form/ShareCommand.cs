using System.Globalization;
using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.SecureScore.Posture;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Sharing.Cards;

namespace SnowChatOps.Bot.Sharing.Form;

/// <summary><c>share &lt;control id&gt;</c> (typed, or the list's "Share to ServiceNow"): the ticket form, or the not-connected card.</summary>
internal sealed class ShareCommand(
    ServiceNowClient snow, ImprovementActionCatalog catalog, ShareFormDefaults defaults, ActionPostures postures, TimeProvider time,
    ILogger<ShareCommand> logger) : IChatCommand
{
    public string Name => ShareCommandNames.Share;

    public async Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(input);
        var actionId = input.Argument.Trim();
        if (actionId.Length == 0)
        {
            await turn.SendActivityAsync(SharingText.Share_Usage, cancellationToken: cancellationToken);
            return;
        }

        var tenantId = SharingTurn.TenantId(turn);
        if (await snow.GetInstanceAsync(tenantId, cancellationToken) is null)
        {
            await turn.SendActivityAsync(StatusCards.NotConnected().ToActivity(), cancellationToken);
            return;
        }

        ImprovementAction? action;
        try
        {
            action = await catalog.FindAsync(tenantId, actionId, cancellationToken);
        }
        catch (ImprovementActionsUnavailableException ex)
        {
            logger.ActionsUnavailable(ex);
            await turn.SendActivityAsync(SharingText.Actions_Unavailable, cancellationToken: cancellationToken);
            return;
        }

        if (action is null)
        {
            await turn.SendActivityAsync(string.Format(CultureInfo.CurrentCulture, SharingText.Share_UnknownAction, actionId), cancellationToken: cancellationToken);
            return;
        }

        var clock = UserCalendar.For(turn, time);
        var form = defaults.For(action, clock.Today, await postures.ForAsync(tenantId, action, cancellationToken));
        var view = new ShareFormView(action.Title, ShareArg.Mint(action.Id), ShareFormValues.From(form), clock.Today, []);
        await turn.SendActivityAsync(ShareFormCard.Build(view).ToActivity(), cancellationToken);
    }
}
