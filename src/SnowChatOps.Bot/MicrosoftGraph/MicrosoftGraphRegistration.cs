using Microsoft.Identity.Abstractions;
using Microsoft.Identity.Web;
using Microsoft.Identity.Web.TokenCacheProviders.InMemory;

namespace SnowChatOps.Bot.MicrosoftGraph;

/// <summary>
/// App-only Microsoft Graph tokens for the features that read Graph (Secure Score, admin groups): one app
/// registration, section <see cref="AzureAdSection"/>, acquired through Microsoft.Identity.Web.
/// </summary>
internal static class MicrosoftGraphRegistration
{
    /// <summary>Configuration section, and Microsoft.Identity.Web options name, of the app registration.</summary>
    public const string AzureAdSection = "AzureAd";

    /// <summary>Safe to call from every feature that needs Graph: registers once.</summary>
    public static IServiceCollection AddMicrosoftGraphTokens(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(GraphAuthorizationHandler)))
        {
            return services;
        }

        // A named options instance, so this never collides with another use of Microsoft.Identity.Web.
        services.Configure<MicrosoftIdentityApplicationOptions>(AzureAdSection, configuration.GetSection(AzureAdSection));
        services.AddTokenAcquisition(isTokenAcquisitionSingleton: true);
        services.AddInMemoryTokenCaches();
        services.AddTransient<GraphAuthorizationHandler>();
        services.AddOptions<MicrosoftGraphOptions>().Bind(configuration.GetSection(MicrosoftGraphOptions.Section)).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<MicrosoftGraphOptions>, MicrosoftGraphOptionsValidator>();
        return services;
    }

    /// <summary>What the app registration lacks for app-only tokens (empty when complete).</summary>
    public static IReadOnlyList<string> MissingSettings(MicrosoftIdentityApplicationOptions app)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(app.Instance) && string.IsNullOrWhiteSpace(app.Authority))
        {
            missing.Add("Instance");
        }

        if (string.IsNullOrWhiteSpace(app.TenantId) && string.IsNullOrWhiteSpace(app.Authority))
        {
            missing.Add("TenantId");
        }

        if (string.IsNullOrWhiteSpace(app.ClientId))
        {
            missing.Add("ClientId");
        }

        if (app.ClientCredentials?.Any() != true)
        {
            missing.Add("ClientCredentials");
        }

        return missing;
    }
}
