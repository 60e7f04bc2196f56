using SnowChatOps.Bot.Cards;

namespace SnowChatOps.Tests.Cards;

/// <summary>
/// A card the bot can send, built on demand so it picks up the current UI culture.
/// <paramref name="Name"/> becomes a file name: letters, digits, '-', '_' and '.' only, unique in the catalog.
/// </summary>
internal sealed record SampleCard(string Name, Func<AdaptiveCard> Build);
