using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.MicrosoftGraph;

namespace SnowChatOps.Tests.SecureScore;

/// <summary>The Development stand-in for Entra (a fixed bearer token for the Graph emulator) is refused elsewhere.</summary>
public sealed class MicrosoftGraphDevTokenTests
{
    [Theory]
    [InlineData("Development", true)]
    [InlineData("Production", false)]
    public void DevBearerToken_ByEnvironment_OnlyDevelopmentStarts(string environment, bool starts)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MicrosoftGraph:DevBearerToken"] = "dev" }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment });
        services.AddMicrosoftGraphTokens(configuration);
        using var provider = services.BuildServiceProvider();

        var error = Record.Exception(() => provider.GetRequiredService<IOptions<MicrosoftGraphOptions>>().Value);

        Assert.Equal(starts, error is null);
        if (!starts)
        {
            Assert.Contains("MicrosoftGraph:DevBearerToken is for Development only", Assert.IsType<OptionsValidationException>(error).Message, StringComparison.Ordinal);
        }
    }
}
