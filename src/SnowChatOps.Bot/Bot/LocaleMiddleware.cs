using System.Globalization;
using Microsoft.Bot.Builder;

namespace SnowChatOps.Bot.Bot;

/// <summary>
/// Sets the turn's culture from the activity's locale so resources and formatting follow the user.
/// CurrentUICulture flows with the async context, so concurrent turns do not see each other's culture.
/// </summary>
internal sealed class LocaleMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    private static readonly CultureInfo Fallback = CultureInfo.GetCultureInfo("en-US");

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var culture = Resolve(turnContext.Activity.Locale);
        var (previousUi, previous) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previousUi;
            CultureInfo.CurrentCulture = previous;
        }
    }

    public static CultureInfo Resolve(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return Fallback;
        }

        try
        {
            return CultureInfo.GetCultureInfo(locale.Trim());
        }
        catch (CultureNotFoundException)
        {
            return Fallback;
        }
    }
}
