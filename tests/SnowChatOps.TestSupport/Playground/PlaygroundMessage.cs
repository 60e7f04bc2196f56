using System.Text.Json;
using System.Text.Json.Serialization;

namespace SnowChatOps.TestSupport.Playground;

/// <summary>One event on the playground's conversation WebSocket (<c>createMessage</c>, <c>updateMessage</c>, <c>typing</c>).</summary>
/// <param name="Action">The event kind.</param>
/// <param name="ActionConversationId">
/// The conversation the event belongs to: a chat id, a channel id for a new channel post, or for a reply in a thread the
/// post's conversation id (<c>{channel};messageid={id}</c>, see <see cref="PlaygroundSentMessage.PostConversationId"/>).
/// </param>
/// <param name="Message">The message, absent for <c>typing</c>.</param>
public sealed record PlaygroundStreamEvent(string Action, string ActionConversationId, PlaygroundMessage? Message)
{
    /// <summary>The action name of a new message.</summary>
    public const string CreateMessage = "createMessage";

    /// <summary>The action name of an updated (replaced) message.</summary>
    public const string UpdateMessage = "updateMessage";
}

/// <summary>A message as the playground shows it.</summary>
public sealed record PlaygroundMessage(
    string MessageId,
    PlaygroundFrom From,
    string? Text,
    IReadOnlyList<PlaygroundAttachment> Attachments,
    string? PostConversationId)
{
    /// <summary>The Adaptive Card attachments, parsed for assertions.</summary>
    [JsonIgnore]
    public IReadOnlyList<AdaptiveCardView> AdaptiveCards =>
        [.. Attachments.Where(a => a.ContentType == AdaptiveCardView.ContentType).Select(a => new AdaptiveCardView(a.Content))];
}

/// <summary>Sender of a message.</summary>
public sealed record PlaygroundFrom(string Id);

/// <summary>A message attachment (card JSON in <see cref="Content"/>).</summary>
public sealed record PlaygroundAttachment(string ContentType, JsonElement Content);

/// <summary>What <c>POST /_conversation/v1/conversations/{id}/messages</c> answers.</summary>
/// <param name="MessageId">The new message's id (use as <c>replyToId</c>).</param>
/// <param name="PostConversationId">For a channel: the conversation of the new post (thread).</param>
public sealed record PlaygroundSentMessage(string MessageId, string? PostConversationId);
