using System.Globalization;

namespace SnowChatOps.Bot.Cards;

/// <summary>
/// Renders in one user's language (en-US, zh-CN) and restores the previous culture afterwards: the turn's locale
/// (<see cref="Bot.LocaleMiddleware"/>) and a stored locale for cards built outside a turn. An empty, unknown or
/// malformed name falls back to en-US instead of failing the caller.
/// </summary>
internal readonly struct CultureScope : IDisposable
{
    private static readonly CultureInfo Fallback = CultureInfo.GetCultureInfo("en-US");
    private readonly CultureInfo ui;
    private readonly CultureInfo culture;

    private CultureScope(CultureInfo target)
    {
        (ui, culture) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = target;
    }

    public static CultureScope Use(string? name) => new(Resolve(name));

    public static CultureInfo Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Fallback;
        }

        try
        {
            return CultureInfo.GetCultureInfo(name.Trim());
        }
        catch (CultureNotFoundException)
        {
            return Fallback;
        }
    }

    public void Dispose() => (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, culture);
}
