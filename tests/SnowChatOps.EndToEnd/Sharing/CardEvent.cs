using SnowChatOps.TestSupport.Playground;

namespace SnowChatOps.EndToEnd.Sharing;

/// <summary>A card the bot showed: whether it was a new message or replaced one in place, the message id, and the card.</summary>
internal sealed record CardEvent(string Action, string MessageId, AdaptiveCardView Card)
{
    public bool ReplacedInPlace => Action == PlaygroundStreamEvent.UpdateMessage;
}
