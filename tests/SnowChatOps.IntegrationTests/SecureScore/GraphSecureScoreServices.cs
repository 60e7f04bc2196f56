using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Abstractions;
using SnowChatOps.Bot.SecureScore;

namespace SnowChatOps.IntegrationTests.SecureScore;

/// <summary>
/// The Secure Score feature's own registration (Production, Graph source) pointed at a Graph-shaped local server,
/// with app-only tokens from <paramref name="tokens"/>; options validated as at start-up.
/// </summary>
internal static class GraphSecureScoreServices
{
    public static ServiceProvider Build(Uri graphBaseUrl, TimeProvider time, IAuthorizationHeaderProvider tokens)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SecureScore:Source"] = "Graph",
            ["SecureScore:GraphBaseUrl"] = graphBaseUrl.AbsoluteUri,
            ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
            ["AzureAd:TenantId"] = "organizations",
            ["AzureAd:ClientId"] = "22222222-2222-2222-2222-222222222222",
            ["AzureAd:ClientCredentials:0:SourceType"] = "ClientSecret",
            ["AzureAd:ClientCredentials:0:ClientSecret"] = "not-a-real-secret",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddSecureScore(configuration, new HostingEnvironment { EnvironmentName = Environments.Production });
        services.AddSingleton(time);
        services.AddSingleton(tokens);
        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider;
    }
}
