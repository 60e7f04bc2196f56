using Microsoft.Extensions.Options;
using Microsoft.Identity.Abstractions;
using SnowChatOps.Bot.MicrosoftGraph;

namespace SnowChatOps.Bot.Connection;

/// <summary>Admin groups are resolved through Graph: without an app registration they could never match.</summary>
internal sealed class AdminOptionsValidator(IOptionsMonitor<MicrosoftIdentityApplicationOptions> azureAd) : IValidateOptions<AdminOptions>
{
    public ValidateOptionsResult Validate(string? name, AdminOptions options)
    {
        if (options.GroupObjectIds.Count == 0)
        {
            return ValidateOptionsResult.Success;
        }

        var missing = MicrosoftGraphRegistration.MissingSettings(azureAd.Get(MicrosoftGraphRegistration.AzureAdSection));
        return missing.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Admins:GroupObjectIds needs Microsoft Graph, but the 'AzureAd' section lacks {string.Join(", ", missing)}.");
    }
}
