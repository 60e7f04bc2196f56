using Microsoft.Extensions.Options;

namespace SnowChatOps.Bot.Bot;

/// <summary>
/// Anonymous (no App ID) is for local development with the Agents Playground only. Anywhere else the host must not
/// start, because without an App ID Bot Framework accepts unauthenticated requests on /api/messages.
/// </summary>
internal sealed class BotOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        if (environment.IsDevelopment())
        {
            return ValidateOptionsResult.Success;
        }

        var needsPassword = !string.Equals(options.MicrosoftAppType, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase);
        if (options.IsAnonymous || (needsPassword && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword)))
        {
            return ValidateOptionsResult.Fail(
                $"Bot:MicrosoftAppId and Bot:MicrosoftAppPassword are required outside Development (environment '{environment.EnvironmentName}'); " +
                "set Bot__MicrosoftAppId and Bot__MicrosoftAppPassword from your Azure Bot registration.");
        }

        return ValidateOptionsResult.Success;
    }
}
