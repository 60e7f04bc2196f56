using System.Net;
using SnowChatOps.Bot.Secrets;
using SnowChatOps.IntegrationTests.Secrets;
using SnowChatOps.IntegrationTests.Storage;
using SnowChatOps.TestSupport.Certificates;
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

    [Fact]
    public async Task Readyz_StorageUpAndKeyRingProtected_Healthy()
    {
        using var certificate = KeyRingCertificate.Create();
        await using var factory = Bot(azurite.ConnectionString, NewPrefix(), certificate.Path);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/readyz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_KeyRingWrittenWithAnotherCertificate_Unhealthy()
    {
        using var writer = KeyRingCertificate.Create("writer");
        using var other = KeyRingCertificate.Create("other");
        var prefix = NewPrefix();
        using (var first = new SecretsHost(azurite.ConnectionString, prefix, "Production", new Dictionary<string, string?> { ["Secrets:KeyRingCertificatePath"] = writer.Path }))
        {
            first.Protector.Protect(SecretKind.ClientSecret, "written-by-the-first-instance");
        }

        await using var factory = Bot(azurite.ConnectionString, prefix, other.Path);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/readyz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    private static string NewPrefix() => "r" + Guid.NewGuid().ToString("N")[..12];

    private static BotHostFactory Bot(string storage, string? prefix = null, string? keyRingCertificate = null) => new("Development", new Dictionary<string, string?>
    {
        ["Storage:ConnectionString"] = storage,
        // Its own tables unless given: another test's certificate-protected key ring would make this one unhealthy.
        ["Storage:TablePrefix"] = prefix ?? "health" + Guid.NewGuid().ToString("N")[..12],
        ["Secrets:KeyRingCertificatePath"] = keyRingCertificate,
    });
}
