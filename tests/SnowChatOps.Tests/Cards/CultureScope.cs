using System.Globalization;

namespace SnowChatOps.Tests.Cards;

/// <summary>Builds cards in a given UI culture (as the bot's locale middleware does for a turn) and restores it after.</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly (CultureInfo Ui, CultureInfo Formatting) previous = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);

    public CultureScope(string culture) =>
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);

    public void Dispose() => (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = previous;
}
