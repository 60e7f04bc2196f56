using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Cards;

namespace SnowChatOps.Bot.Bot;

/// <summary>
/// Sets the turn's culture from the activity's locale so resources and formatting follow the user.
/// CurrentUICulture flows with the async context, so concurrent turns do not see each other's culture.
/// </summary>
internal sealed class LocaleMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        using (CultureScope.Use(turnContext.Activity.Locale))
        {
            await next(cancellationToken);
        }
    }

    /// <summary>The culture for a locale name, en-US when it is missing or unknown (see <see cref="CultureScope"/>).</summary>
    public static System.Globalization.CultureInfo Resolve(string? locale) => CultureScope.Resolve(locale);
}
