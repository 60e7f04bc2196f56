using SnowChatOps.Bot.Cards;

namespace SnowChatOps.Bot.Tracking.Subscriptions;

/// <summary>The card argument naming one subscription (Edit, Remove, Send a test notification, Save an edit).</summary>
internal sealed record SubscriptionArg(string Id) : ICardArg
{
    public bool IsValid => Id == Subscription.LegacyId || (Id is { Length: 32 } && Id.All(char.IsAsciiHexDigitLower));

    public string Write() => CardArg.Write(this);
}
