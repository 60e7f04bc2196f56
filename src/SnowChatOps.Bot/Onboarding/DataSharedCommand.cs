using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;

namespace SnowChatOps.Bot.Onboarding;

internal sealed class DataSharedCommand : IChatCommand
{
    public const string CommandName = "data";

    public string Name => CommandName;

    public Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
        => turn.SendActivityAsync(OnboardingCards.DataShared().ToActivity(), cancellationToken);
}
