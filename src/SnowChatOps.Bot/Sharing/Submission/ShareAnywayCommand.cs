using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;

namespace SnowChatOps.Bot.Sharing.Submission;

/// <summary>The duplicates card's "Create another anyway": the held submission, same correlation id, no duplicate check.</summary>
internal sealed class ShareAnywayCommand(ShareChat chat) : IChatCommand
{
    public string Name => ShareCommandNames.SubmitAnyway;

    public Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
        => chat.SubmitAsync(turn, input, anyway: true, cancellationToken);
}
