using System.Text.Json.Nodes;

namespace SnowChatOps.TestSupport.BotFramework;

/// <summary>One activity the bot sent to the <see cref="RecordingBotConnector"/>.</summary>
/// <param name="Method">POST (a new activity or a reply) or PUT (an update of <paramref name="ActivityId"/>).</param>
/// <param name="ConversationId">From the path.</param>
/// <param name="ActivityId">The updated activity (PUT) or the one replied to (POST with an id); null for a new post.</param>
/// <param name="Activity">The body as sent.</param>
public sealed record ConnectorActivity(string Method, string ConversationId, string? ActivityId, JsonObject Activity)
{
    /// <summary>The first TextBlock of the first Adaptive Card attachment (a card's title), if any.</summary>
    public string? CardTitle => Activity["attachments"]?.AsArray().FirstOrDefault()?["content"]?["body"]?.AsArray()
        .FirstOrDefault(e => e?["type"]?.GetValue<string>() == "TextBlock")?["text"]?.GetValue<string>();
}
