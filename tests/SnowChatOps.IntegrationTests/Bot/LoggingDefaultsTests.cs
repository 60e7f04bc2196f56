using SnowChatOps.TestSupport.Certificates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SnowChatOps.IntegrationTests.Storage;

namespace SnowChatOps.IntegrationTests.Bot;

public sealed class LoggingDefaultsTests(AzuriteFixture azurite) : IDisposable
{
    private readonly KeyRingCertificate keyRing = KeyRingCertificate.Create();

    [Theory]
    [InlineData("Polly")]
    [InlineData("System.Net.Http.HttpClient.ServiceNow.Table.LogicalHandler")]
    [InlineData("System.Net.Http.HttpClient.ServiceNow.Table.ClientHandler")]
    public async Task Host_DefaultConfiguration_PerAttemptHttpLogsBelowInformation(string category)
    {
        await using var factory = Bot();

        var logger = factory.Services.GetRequiredService<ILoggerFactory>().CreateLogger(category);

        Assert.False(logger.IsEnabled(LogLevel.Information));
        Assert.True(logger.IsEnabled(LogLevel.Warning));
    }

    [Fact]
    public async Task Host_DefaultConfiguration_ServiceNowFailuresAreLogged()
    {
        await using var factory = Bot();

        var logger = factory.Services.GetRequiredService<ILoggerFactory>().CreateLogger("SnowChatOps.Bot.ServiceNow.Api.ServiceNowCallLoggingHandler");

        Assert.True(logger.IsEnabled(LogLevel.Warning));
        Assert.False(logger.IsEnabled(LogLevel.Debug));
    }

    private BotHostFactory Bot() => new("Production", new Dictionary<string, string?>
    {
        ["Bot:MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
        ["Bot:MicrosoftAppPassword"] = "not-a-real-password",
        ["Storage:ConnectionString"] = azurite.ConnectionString,
        ["SecureScore:Source"] = "OfflineCatalog",
        ["Connection:PublicBaseUrl"] = "https://bot.example",
        ["Secrets:KeyRingCertificatePath"] = keyRing.Path,
        // Its own tables: a key ring protected by this test's certificate must not land where other hosts read theirs.
        ["Storage:TablePrefix"] = "log" + Guid.NewGuid().ToString("N")[..12],
    });

    public void Dispose() => keyRing.Dispose();
}
