using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;

namespace SnowChatOps.Bot.Onboarding;

internal sealed class HelpCommand(IEnumerable<CommandHelp> commands) : IChatCommand
{
    public const string CommandName = "help";

    public string Name => CommandName;

    public Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken)
        => turn.SendActivityAsync(OnboardingCards.Help(commands).ToActivity(), cancellationToken);
}
