using SnowChatOps.EndToEnd.Infrastructure;
using SnowChatOps.TestSupport.Playground;

namespace SnowChatOps.EndToEnd.Sharing;

/// <summary>
/// The signed-in user's personal chat with the bot, for sharing: type a command or press a button (its data plus the
/// card's inputs, as Teams sends them), then wait on the playground's stream for the card the bot shows next.
/// </summary>
internal sealed class ShareChat(RunningApp app, PlaygroundStream replies)
{
    public const string ListTitle = "Secure Score improvement actions";
    public const string FormTitle = "Share to ServiceNow";
    public const string ShareButton = "Share to ServiceNow";
    public const string SendButton = "Send to ServiceNow";

    /// <summary>What a click answers while the same submission is still being created (a concurrent double click).</summary>
    public const string InProgressText = "You pressed Send again: this ticket is created only once.";

    private string ChatId => app.Teams.PersonalChat.Id;

    public static bool IsTicketCard(AdaptiveCardView card) =>
        card.FirstTextBlock is { } title && title.StartsWith("Ticket CHG", StringComparison.Ordinal)
        && title.EndsWith(" created in ServiceNow", StringComparison.Ordinal);

    /// <summary>The ticket card of an action shared as an incident ("Ticket INC… created in ServiceNow").</summary>
    public static bool IsIncidentCard(AdaptiveCardView card) =>
        card.FirstTextBlock is { } title && title.StartsWith("Ticket INC", StringComparison.Ordinal)
        && title.EndsWith(" created in ServiceNow", StringComparison.Ordinal);

    /// <summary>Types <paramref name="text"/> and waits for a card whose first TextBlock is <paramref name="title"/>.</summary>
    public async Task<CardEvent> SendAsync(string text, string title, CancellationToken cancellationToken)
    {
        await app.Playground.SendMessageAsync(ChatId, text, cancellationToken);
        return await NextCardAsync(card => card.FirstTextBlock == title, cancellationToken);
    }

    /// <summary>Presses a button on message <paramref name="messageId"/> with <paramref name="data"/> and waits for a matching card.</summary>
    public async Task<CardEvent> PressAsync(
        string messageId, IReadOnlyDictionary<string, string> data, Func<AdaptiveCardView, bool> expected, CancellationToken cancellationToken)
    {
        await app.Playground.SubmitAsync(ChatId, messageId, data, cancellationToken);
        return await NextCardAsync(expected, cancellationToken);
    }

    /// <summary>
    /// Collects the next <paramref name="count"/> answers to Send, in whatever order the turns finish: the ticket card
    /// (new or replacing) or the "pressed Send again" text.
    /// </summary>
    public async Task<IReadOnlyList<PlaygroundStreamEvent>> SendAnswersAsync(int count, CancellationToken cancellationToken)
    {
        var answers = new List<PlaygroundStreamEvent>();
        while (answers.Count < count)
        {
            answers.Add(await replies.WaitForBotEventAsync(
                e => e.ActionConversationId == ChatId && (e.Message!.Text == InProgressText || e.Message.AdaptiveCards.Any(IsTicketCard)),
                RunningApp.ReplyTimeout,
                cancellationToken));
        }

        return answers;
    }

    /// <summary>
    /// Two sends of one form: the first replaces the form in place with the ticket card; the second is answered with
    /// "pressed Send again" (it came while the first was creating) or the same ticket card again (it came after).
    /// </summary>
    public static void AssertDoubleSendAnswered(IReadOnlyList<PlaygroundStreamEvent> answers, string formMessageId)
    {
        static bool ReplacedForm(PlaygroundStreamEvent e, string form) =>
            e.Action == PlaygroundStreamEvent.UpdateMessage && e.Message!.MessageId == form && e.Message.AdaptiveCards.Any(IsTicketCard);

        Assert.Equal(2, answers.Count);
        Assert.Contains(answers, a => ReplacedForm(a, formMessageId));
        Assert.All(answers, a => Assert.True(
            ReplacedForm(a, formMessageId) || a.Message!.Text == InProgressText,
            $"a send was answered {a.Action} {a.Message!.MessageId}: {a.Message.Text}"));
    }

    /// <summary>Waits for a card (new or replacing) in the chat that passes <paramref name="expected"/>.</summary>
    public async Task<CardEvent> NextCardAsync(Func<AdaptiveCardView, bool> expected, CancellationToken cancellationToken)
    {
        var next = await replies.WaitForBotEventAsync(
            e => e.ActionConversationId == ChatId && e.Message!.AdaptiveCards.Any(expected), RunningApp.ReplyTimeout, cancellationToken);
        return new CardEvent(next.Action, next.Message!.MessageId, next.Message.AdaptiveCards.Single(expected));
    }
}
