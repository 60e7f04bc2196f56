using Microsoft.Bot.Builder;

namespace SnowChatOps.Bot.Bot;

/// <summary>
/// One thing a user can ask for, by typing <see cref="Name"/> or by pressing a card button whose verb is
/// <see cref="Name"/>. Commands are discovered from DI.
/// </summary>
internal interface IChatCommand
{
    string Name { get; }

    Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken);
}
