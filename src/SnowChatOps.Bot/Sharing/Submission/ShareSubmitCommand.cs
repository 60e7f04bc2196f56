using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;

namespace SnowChatOps.Bot.Sharing.Submission;

/// <summary>The form's "Send to ServiceNow" (card verb only).</summary>
internal sealed class ShareSubmitCommand(ShareChat chat) : IChatCommand
{
    public string Name => ShareCommandNames.Submit;

    public Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
        => chat.SubmitAsync(turn, input, anyway: false, cancellationToken);
}
