using System.Collections.Frozen;
using Microsoft.Bot.Builder;
using System.Globalization;
using Microsoft.Bot.Schema;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.Text;

namespace SnowChatOps.Bot.Bot;

/// <summary>Routes a message (typed text or a card submit) to the command with that name.</summary>
internal sealed class CommandRouter
{
    private const int MaxEchoedLength = 40;

    /// <summary>Longer than any command with its argument; a longer message is refused before it is parsed.</summary>
    public const int MaxTypedLength = 2000;
    private readonly FrozenDictionary<string, Lazy<IChatCommand>> commands;
    private readonly ILogger<CommandRouter> logger;

    public CommandRouter(IEnumerable<ChatCommandRoute> routes, IServiceProvider services, ILogger<CommandRouter> logger)
    {
        // PublicationOnly: a command whose construction failed (storage out of reach) is tried again next time.
        this.commands = routes.ToFrozenDictionary(
            r => r.Name, r => new Lazy<IChatCommand>(() => r.Factory(services), LazyThreadSafetyMode.PublicationOnly), StringComparer.OrdinalIgnoreCase);
        this.logger = logger;
    }

    public async Task DispatchAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (SubmitPayload.TryRead(turn.Activity.Value) is { } submit)
        {
            await DispatchSubmitAsync(turn, submit, cancellationToken);
            return;
        }

        var text = CleanText(turn);
        if (text.Length == 0)
        {
            await turn.SendActivityAsync(Strings.Unknown_Empty, cancellationToken: cancellationToken);
            return;
        }

        if (text.Length > MaxTypedLength)
        {
            logger.TypedTextTooLong(text.Length);
            await turn.SendActivityAsync(string.Format(CultureInfo.CurrentCulture, Strings.Input_TooLong, text.Length, MaxTypedLength), cancellationToken: cancellationToken);
            return;
        }

        var split = text.IndexOf(' ', StringComparison.Ordinal);
        var name = split < 0 ? text : text[..split];
        var argument = split < 0 ? string.Empty : text[(split + 1)..].Trim();
        if (commands.TryGetValue(name, out var route))
        {
            var command = route.Value;
            logger.CommandDispatched(command.Name, "text");
            await command.ExecuteAsync(turn, CommandInput.FromText(argument), cancellationToken);
            return;
        }

        var echoed = name.Length > MaxEchoedLength ? name[..MaxEchoedLength] + "…" : name;
        await turn.SendActivityAsync(string.Format(CultureInfo.CurrentCulture, Strings.Unknown_Hint, echoed), cancellationToken: cancellationToken);
    }

    private async Task DispatchSubmitAsync(ITurnContext turn, SubmitPayload submit, CancellationToken cancellationToken)
    {
        if (!commands.TryGetValue(submit.Verb, out var route))
        {
            logger.UnknownVerb(UserText.ForLog(submit.Verb));
            await turn.SendActivityAsync(Strings.Card_Unknown, cancellationToken: cancellationToken);
            return;
        }

        var command = route.Value;
        logger.CommandDispatched(command.Name, "card");
        await command.ExecuteAsync(turn, submit.Input, cancellationToken);
    }

    /// <summary>In channels and group chats the text carries an @mention of the bot; commands are the rest.</summary>
    private static string CleanText(ITurnContext turn)
    {
        var activity = turn.Activity;
        var text = activity.RemoveRecipientMention() ?? activity.Text ?? string.Empty;
        return UserText.Clean(text).Replace('\u00a0', ' ').Trim();
    }
}
