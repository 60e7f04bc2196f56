using SnowChatOps.EndToEnd.Infrastructure;
using SnowChatOps.TestSupport.Playground;

namespace SnowChatOps.EndToEnd.Connection;

/// <summary>
/// The admin's personal chat with the bot over the playground's REST surface: type a command or press a card button
/// (with the card's input values, as Teams sends them), then wait for the card the bot shows next.
/// </summary>
internal sealed class AdminChat(RunningApp app, PlaygroundStream replies)
{
    public const string RemovedText =
        "The ServiceNow connection was removed. SnowChatOps no longer stores its instance name, client ID, client secret or tokens.";

    private string ChatId => app.Teams.PersonalChat.Id;

    /// <summary>Types <paramref name="text"/> and waits for a card whose first TextBlock is <paramref name="title"/>.</summary>
    public async Task<CardMessage> SendAsync(string text, string title, CancellationToken cancellationToken)
    {
        await app.Playground.SendMessageAsync(ChatId, text, cancellationToken);
        return await NextCardAsync(title, cancellationToken);
    }

    /// <summary>
    /// Presses the action titled <paramref name="button"/> on <paramref name="on"/>, sending <paramref name="inputs"/>
    /// beside the action's data, and waits for a card (new or replacing) whose first TextBlock is <paramref name="title"/>.
    /// </summary>
    public async Task<CardMessage> PressAsync(
        CardMessage on, string button, string title, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? inputs = null)
    {
        var data = on.Card.SubmitData(button);
        foreach (var (id, value) in inputs ?? new Dictionary<string, string>())
        {
            data[id] = value;
        }

        await app.Playground.SubmitAsync(ChatId, on.MessageId, data, cancellationToken);
        return await NextCardAsync(title, cancellationToken);
    }

    /// <summary>Removes the tenant's connection as an admin does: <c>settings</c>, "Remove the connection", "Remove".</summary>
    public async Task RemoveConnectionAsync(CancellationToken cancellationToken)
    {
        var settings = await SendAsync("settings", "Manage ServiceNow configuration", cancellationToken);
        var confirm = await PressAsync(settings, "Remove the connection", "Remove the ServiceNow connection?", cancellationToken);
        await PressAsync(confirm, "Remove", RemovedText, cancellationToken);
    }

    /// <summary>Waits for a card (for example one posted proactively) whose first TextBlock is <paramref name="title"/>.</summary>
    public async Task<CardMessage> NextCardAsync(string title, CancellationToken cancellationToken)
    {
        var message = await replies.WaitForBotMessageAsync(
            e => e.ActionConversationId == ChatId && e.Message!.AdaptiveCards.Any(c => c.FirstTextBlock == title),
            RunningApp.ReplyTimeout,
            cancellationToken);
        return new CardMessage(message.MessageId, message.AdaptiveCards.Single(c => c.FirstTextBlock == title));
    }
}
