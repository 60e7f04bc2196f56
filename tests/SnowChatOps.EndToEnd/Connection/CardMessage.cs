using SnowChatOps.TestSupport.Playground;

namespace SnowChatOps.EndToEnd.Connection;

/// <summary>A card the bot showed, and the id of the message that holds it (what a button press replies to).</summary>
internal sealed record CardMessage(string MessageId, AdaptiveCardView Card);
