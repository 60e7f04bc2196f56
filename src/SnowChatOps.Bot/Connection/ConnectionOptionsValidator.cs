using Microsoft.Extensions.Options;

namespace SnowChatOps.Bot.Connection;

/// <summary>Prefilled demo credentials belong to Development; anywhere else they would leak into cards.</summary>
internal sealed class ConnectionOptionsValidator(IHostEnvironment environment) : IValidateOptions<ConnectionOptions>
{
    public ValidateOptionsResult Validate(string? name, ConnectionOptions options)
    {
        if (!environment.IsDevelopment() && options.DevPrefill is not null)
        {
            return ValidateOptionsResult.Fail("Connection:DevPrefill is for Development only; remove it.");
        }

        if (options.PublicBaseUrl is { } url && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && !(environment.IsDevelopment() && url.IsLoopback))))
        {
            return ValidateOptionsResult.Fail("Connection:PublicBaseUrl must be an absolute https URL (http is allowed on loopback in Development).");
        }

        return ValidateOptionsResult.Success;
    }
}
