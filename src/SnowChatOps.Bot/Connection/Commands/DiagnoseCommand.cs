using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection.Cards;
using SnowChatOps.Bot.Connection.Diagnostics;
using SnowChatOps.Bot.Resources;

namespace SnowChatOps.Bot.Connection.Commands;

/// <summary><c>diagnose</c>: the troubleshooting checklist, live. Anyone may run it; fixing is for admins.</summary>
internal sealed class DiagnoseCommand(ChecklistRunner runner, IEnumerable<IDiagnoseSection> sections) : IChatCommand
{
    public string Name => ConnectionVerbs.Diagnose;

    public async Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
    {
        await turn.SendActivitiesAsync([new Microsoft.Bot.Schema.Activity { Type = Microsoft.Bot.Schema.ActivityTypes.Typing }], cancellationToken);
        var checklist = await runner.RunAsync(turn.Activity.Conversation.TenantId, cancellationToken);
        var card = ChecklistCard.Build(ConnectionText.Diagnose_Title, checklist.Checks, checklist.NeedsAuthorization);
        if (checklist.NeedsConnect)
        {
            card = card with { Actions = [ConnectionButtons.Connect()] };
        }

        await turn.SendActivityAsync(card.ToActivity(), cancellationToken);
        foreach (var section in sections)
        {
            if (await section.BuildAsync(turn.Activity.Conversation.TenantId, cancellationToken) is { } extra)
            {
                await turn.SendActivityAsync(extra.ToActivity(), cancellationToken);
            }
        }
    }
}
