using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.SecureScore;

namespace SnowChatOps.Bot.Sharing.Browse;

/// <summary><c>actions</c>: improvement actions, top by score impact, with category filter, search and paging.</summary>
internal sealed class ActionsCommand(ImprovementActionCatalog catalog, IOptions<SharingOptions> options, ILogger<ActionsCommand> logger) : IChatCommand
{
    public string Name => ShareCommandNames.Actions;

    public async Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var query = BrowseQuery.From(input);
        ImprovementActionPage page;
        try
        {
            page = await catalog.SearchAsync(SharingTurn.TenantId(turn), query.ToCatalogQuery(options.Value.PageSize), cancellationToken);
        }
        catch (ImprovementActionsUnavailableException ex)
        {
            logger.ActionsUnavailable(ex);
            await turn.SendActivityAsync(SharingText.Actions_Unavailable, cancellationToken: cancellationToken);
            return;
        }

        var card = ActionListCard.Build(query, page);
        if (input.FromCard)
        {
            await turn.ReplaceOrSendAsync(card, cancellationToken);
            return;
        }

        await turn.SendActivityAsync(card.ToActivity(), cancellationToken);
    }
}
