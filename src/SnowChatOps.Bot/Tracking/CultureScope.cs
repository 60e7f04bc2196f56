using System.Globalization;

namespace SnowChatOps.Bot.Tracking;

/// <summary>Builds cards outside a turn in a stored culture (en-US, zh-CN), restoring the previous one afterwards.</summary>
internal readonly struct CultureScope : IDisposable
{
    private readonly CultureInfo ui;
    private readonly CultureInfo culture;

    private CultureScope(string? name)
    {
        (ui, culture) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        if (!string.IsNullOrWhiteSpace(name))
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        }
    }

    public static CultureScope Use(string? name) => new(name);

    public void Dispose() => (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, culture);
}
