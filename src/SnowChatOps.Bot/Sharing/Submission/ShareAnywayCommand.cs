using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;

namespace SnowChatOps.Bot.Sharing.Submission;

/// <summary>The duplicates card's "Create another anyway": the held submission, same correlation id, no duplicate check.</summary>
internal sealed class ShareAnywayCommand(ShareSubmitter submitter) : IChatCommand
{
    public string Name => ShareCommandNames.SubmitAnyway;

    public Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
        => submitter.SubmitAsync(turn, input, anyway: true, cancellationToken);
}
