using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace SnowChatOps.Bot.Bot;

/// <summary>
/// Development only (<see cref="DevLocaleOptions"/>): sets each incoming activity's locale to the configured one
/// before any other middleware or feature reads it, so the turn, and everything it stores for later (a share's or a
/// subscription's locale), is in that language exactly as if the Teams client had sent it. Registered only when set.
/// </summary>
internal sealed class DevLocaleMiddleware(IOptions<DevLocaleOptions> options) : Microsoft.Bot.Builder.IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        turnContext.Activity.Locale = options.Value.DevLocale!.Trim();
        return next(cancellationToken);
    }
}
