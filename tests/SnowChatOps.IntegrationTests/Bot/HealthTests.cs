using System.Net;
using SnowChatOps.IntegrationTests.Storage;
using SnowChatOps.TestSupport;
using SnowChatOps.TestSupport.Processes;

namespace SnowChatOps.IntegrationTests.Bot;

public sealed class HealthTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Healthz_StorageUp_Healthy()
    {
        await using var factory = Bot(azurite.ConnectionString);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Healthz_StorageDown_Unhealthy()
    {
        await using var factory = Bot(AzuriteProcess.ConnectionStringFor(FreePort.Next()));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    private static BotHostFactory Bot(string storage) => new("Development", new Dictionary<string, string?>
    {
        ["Storage:ConnectionString"] = storage,
    });
}
