using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;

namespace SnowChatOps.Bot.Sharing.Submission;

/// <summary>The form's "Cancel" (card verb only).</summary>
internal sealed class ShareCancelCommand(ShareChat chat) : IChatCommand
{
    public string Name => ShareCommandNames.Cancel;

    public Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
        => chat.CancelAsync(turn, input, cancellationToken);
}
