using Microsoft.Extensions.Options;
using Microsoft.Identity.Abstractions;
using SnowChatOps.Bot.MicrosoftGraph;

namespace SnowChatOps.Bot.SecureScore;

/// <summary>
/// Cross-checks what data annotations cannot: the Graph URL's scheme, and that reading from Graph has an app
/// registration (section <c>AzureAd</c>) to get a token with, unless Development's local token stands in for it.
/// </summary>
internal sealed class SecureScoreOptionsValidator(
    IOptionsMonitor<MicrosoftIdentityApplicationOptions> azureAd, IOptions<MicrosoftGraphOptions> graph)
    : IValidateOptions<SecureScoreOptions>
{
    public ValidateOptionsResult Validate(string? name, SecureScoreOptions options)
    {
        var failures = new List<string>();
        var url = options.GraphBaseUrl;
        if (url is null || !url.IsAbsoluteUri || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)))
        {
            failures.Add($"{SecureScoreOptions.Section}:GraphBaseUrl must be an absolute https URL (http only for loopback).");
        }

        if (options.Source == ImprovementActionSourceKind.Graph && string.IsNullOrEmpty(graph.Value.DevBearerToken) && MissingAzureAdSettings() is { Count: > 0 } missing)
        {
            failures.Add(
                $"{SecureScoreOptions.Section}:Source is Graph, but the '{MicrosoftGraphRegistration.AzureAdSection}' section lacks "
                + $"{string.Join(", ", missing)}. Configure the app registration that holds the Graph application permission "
                + $"SecurityEvents.Read.All, or set {SecureScoreOptions.Section}:Source to OfflineCatalog.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private IReadOnlyList<string> MissingAzureAdSettings() => MicrosoftGraphRegistration.MissingSettings(azureAd.Get(MicrosoftGraphRegistration.AzureAdSection));
}
