namespace SnowChatOps.Bot.Bot;

/// <summary>
/// Development only: the language every turn is taken to be in, standing in for the Teams client's language setting
/// where the client cannot send one (the Agents Playground always sends en-US). <c>scripts/run.sh --locale zh-CN</c>
/// sets it.
/// </summary>
public sealed class DevLocaleOptions
{
    public const string Section = "Localization";

    /// <summary>A culture name such as <c>zh-CN</c>; empty: each turn's own locale, as in production.</summary>
    public string? DevLocale { get; init; }
}
