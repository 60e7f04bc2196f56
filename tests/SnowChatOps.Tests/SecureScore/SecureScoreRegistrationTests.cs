using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.SecureScore.Graph;
using SnowChatOps.Bot.SecureScore.Offline;

namespace SnowChatOps.Tests.SecureScore;

public sealed class SecureScoreRegistrationTests
{
    private static readonly Dictionary<string, string?> AzureAd = new()
    {
        ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
        ["AzureAd:TenantId"] = "11111111-1111-1111-1111-111111111111",
        ["AzureAd:ClientId"] = "22222222-2222-2222-2222-222222222222",
        ["AzureAd:ClientCredentials:0:SourceType"] = "ClientSecret",
        ["AzureAd:ClientCredentials:0:ClientSecret"] = "not-a-real-secret",
    };

    [Fact]
    public void AddSecureScore_DevelopmentWithoutConfig_UsesOfflineCatalog()
    {
        using var provider = Build(Environments.Development, []);

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.IsType<OfflineCatalogImprovementActionSource>(provider.GetRequiredService<IImprovementActionSource>());
    }

    [Fact]
    public void AddSecureScore_ProductionWithoutAzureAd_FailsStartupNamingTheSection()
    {
        using var provider = Build(Environments.Production, []);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("the 'AzureAd' section lacks ClientId, ClientCredentials", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddSecureScore_ProductionWithAzureAd_UsesGraph()
    {
        using var provider = Build(Environments.Production, AzureAd);

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.IsType<GraphImprovementActionSource>(provider.GetRequiredService<IImprovementActionSource>());
        Assert.NotNull(provider.GetRequiredService<ImprovementActionCatalog>());
    }

    [Fact]
    public void AddSecureScore_ExplicitOfflineSourceInProduction_NeedsNoAzureAd()
    {
        using var provider = Build(Environments.Production, new() { ["SecureScore:Source"] = "OfflineCatalog" });

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.IsType<OfflineCatalogImprovementActionSource>(provider.GetRequiredService<IImprovementActionSource>());
    }

    [Theory]
    [InlineData("http://graph.example.com/v1.0/", false)]
    [InlineData("http://127.0.0.1:5000/v1.0/", true)]
    [InlineData("https://graph.microsoft.us/v1.0/", true)]
    public void AddSecureScore_GraphBaseUrl_HttpsOrLoopbackOnly(string url, bool valid)
    {
        using var provider = Build(Environments.Development, new() { ["SecureScore:GraphBaseUrl"] = url });

        var validate = () => provider.GetRequiredService<IStartupValidator>().Validate();

        if (valid)
        {
            validate();
            Assert.Equal(new Uri(url), provider.GetRequiredService<IOptions<SecureScoreOptions>>().Value.GraphBaseUrl);
        }
        else
        {
            Assert.Contains("GraphBaseUrl", Assert.Throws<OptionsValidationException>(validate).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AddSecureScore_CacheDurationTooLong_FailsStartup()
    {
        using var provider = Build(Environments.Development, new() { ["SecureScore:CacheDuration"] = "2.00:00:00" });

        var validate = () => provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Contains("CacheDuration", Assert.Throws<OptionsValidationException>(validate).Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(string environmentName, Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration);
        services.AddSecureScore(configuration, new HostingEnvironment { EnvironmentName = environmentName });
        return services.BuildServiceProvider();
    }
}
