namespace SnowChatOps.Bot.Cards;

/// <summary>A card action's typed argument (see <see cref="CardArg"/>).</summary>
internal interface ICardArg
{
    /// <summary>False for values a card we render never carries (so a forged card cannot reach a query).</summary>
    bool IsValid { get; }
}
