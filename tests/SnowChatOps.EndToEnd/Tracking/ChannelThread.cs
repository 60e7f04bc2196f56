using SnowChatOps.EndToEnd.Infrastructure;
using SnowChatOps.EndToEnd.Sharing;
using SnowChatOps.TestSupport.Playground;

namespace SnowChatOps.EndToEnd.Tracking;

/// <summary>
/// A channel of the playground's team as Teams delivers it to the bot: each @mention starts a post whose replies are
/// the thread (<c>19:…;messageid=…</c>); buttons on a card in the thread submit in that thread. Every event read
/// while waiting is kept in <see cref="Seen"/>, so a test can also assert what did not arrive.
/// </summary>
internal sealed class ChannelThread(RunningApp app, PlaygroundStream replies, string channelId)
{
    public string ChannelId => channelId;

    /// <summary>Every bot event read so far, oldest first.</summary>
    public List<PlaygroundStreamEvent> Seen { get; } = [];

    /// <summary>@mentions the bot with <paramref name="text"/> (a new post) and waits for a card in its thread whose title is <paramref name="title"/>.</summary>
    public async Task<(string Thread, CardEvent Card)> MentionAsync(string text, string title, CancellationToken cancellationToken)
    {
        var post = await app.Playground.SendMessageAsync(channelId, text, cancellationToken, mentionBot: true);
        var thread = post.PostConversationId ?? channelId;
        var card = await NextAsync(thread, c => c.FirstTextBlock == title, cancellationToken);
        return (thread, card);
    }

    /// <summary>Presses a button on a card of <paramref name="thread"/> and waits for a card there that passes <paramref name="expected"/>.</summary>
    public async Task<CardEvent> PressAsync(
        string thread, string messageId, IReadOnlyDictionary<string, string> data, Func<AdaptiveCardView, bool> expected, CancellationToken cancellationToken)
    {
        await app.Playground.SubmitAsync(thread, messageId, data, cancellationToken);
        return await NextAsync(thread, expected, cancellationToken);
    }

    /// <summary>Reads bot events (keeping them) until one passes <paramref name="predicate"/>.</summary>
    public async Task<PlaygroundStreamEvent> WaitAsync(Func<PlaygroundStreamEvent, bool> predicate, CancellationToken cancellationToken) =>
        await replies.WaitForBotEventAsync(e =>
        {
            Seen.Add(e);
            return predicate(e);
        }, RunningApp.ReplyTimeout, cancellationToken);

    /// <summary>The first event already read that passes <paramref name="predicate"/>, or else the next one that does.</summary>
    public async Task<PlaygroundStreamEvent> SeenOrNextAsync(Func<PlaygroundStreamEvent, bool> predicate, CancellationToken cancellationToken) =>
        Seen.FirstOrDefault(predicate) ?? await WaitAsync(predicate, cancellationToken);

    private async Task<CardEvent> NextAsync(string thread, Func<AdaptiveCardView, bool> expected, CancellationToken cancellationToken)
    {
        var next = await WaitAsync(e => e.ActionConversationId == thread && e.Message!.AdaptiveCards.Any(expected), cancellationToken);
        return new CardEvent(next.Action, next.Message!.MessageId, next.Message.AdaptiveCards.First(expected));
    }
}
