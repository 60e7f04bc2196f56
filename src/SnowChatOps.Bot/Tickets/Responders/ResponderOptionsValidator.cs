using Microsoft.Extensions.Options;
using Microsoft.Identity.Abstractions;
using SnowChatOps.Bot.MicrosoftGraph;

namespace SnowChatOps.Bot.Tickets.Responders;

/// <summary>Responder groups are resolved through Graph: without an app registration they could never match.</summary>
internal sealed class ResponderOptionsValidator(IOptionsMonitor<MicrosoftIdentityApplicationOptions> azureAd, IHostEnvironment environment)
    : IValidateOptions<ResponderOptions>
{
    public ValidateOptionsResult Validate(string? name, ResponderOptions options)
    {
        if (options.GroupObjectIds.Count == 0 || environment.IsDevelopment())
        {
            return ValidateOptionsResult.Success;
        }

        var missing = MicrosoftGraphRegistration.MissingSettings(azureAd.Get(MicrosoftGraphRegistration.AzureAdSection));
        return missing.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Responders:GroupObjectIds needs Microsoft Graph, but the 'AzureAd' section lacks {string.Join(", ", missing)}.");
    }
}
