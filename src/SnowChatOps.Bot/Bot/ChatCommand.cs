using Microsoft.Bot.Builder;

namespace SnowChatOps.Bot.Bot;

/// <summary>
/// One thing a user can ask for, by typing <see cref="Name"/> or by pressing a card button whose verb is
/// <see cref="Name"/>. Registered with <c>AddChatCommand</c> (a <see cref="ChatCommandRoute"/>), built on first use.
/// </summary>
internal interface IChatCommand
{
    string Name { get; }

    Task ExecuteAsync(ITurnContext turn, CommandInput input, CancellationToken cancellationToken);
}
