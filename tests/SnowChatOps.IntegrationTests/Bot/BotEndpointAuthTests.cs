using System.Net;
using System.Net.Http.Json;
using SnowChatOps.TestSupport.Certificates;

namespace SnowChatOps.IntegrationTests.Bot;

public sealed class BotEndpointAuthTests
{
    private static readonly object MessageActivity = new
    {
        type = "message",
        id = "1",
        text = "help",
        channelId = "msteams",
        serviceUrl = "https://smba.trafficmanager.net/amer/",
        from = new { id = "user-1" },
        recipient = new { id = "bot" },
        conversation = new { id = "conv-1" },
    };

    [Fact]
    public async Task Messages_AppIdConfiguredNoToken_Returns401()
    {
        await using var factory = new BotHostFactory("Development", new Dictionary<string, string?>
        {
            ["Bot:MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["Bot:MicrosoftAppPassword"] = "not-a-real-password",
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["SecureScore:Source"] = "OfflineCatalog",
            ["Connection:PublicBaseUrl"] = "https://bot.example",
        });
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/messages", MessageActivity, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Messages_AppIdConfiguredForgedToken_Returns401()
    {
        using var keyRing = KeyRingCertificate.Create();
        await using var factory = new BotHostFactory("Production", new Dictionary<string, string?>
        {
            ["Secrets:KeyRingCertificatePath"] = keyRing.Path,
            ["Bot:MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["Bot:MicrosoftAppPassword"] = "not-a-real-password",
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["SecureScore:Source"] = "OfflineCatalog",
            ["Connection:PublicBaseUrl"] = "https://bot.example",
        });
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(MessageActivity) };
        request.Headers.Authorization = new("Bearer", "eyJhbGciOiJub25lIn0.eyJhdWQiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDEifQ.");

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
