using System.Net;

namespace SnowChatOps.IntegrationTests.Emulator;

public sealed class KestrelHostingTests
{
    [Fact]
    public async Task UseKestrel_FreePort_EmulatorAnswersOverRealSocket()
    {
        var (emulator, address) = EmulatorFactory.StartNewOnKestrel(() => new EmulatorFactory());
        await using var _ = emulator;
        using var http = new HttpClient { BaseAddress = address };

        using var response = await http.GetAsync("/oauth_auth.do?response_type=code&client_id=snowchatops-dev-client", TestContext.Current.CancellationToken);

        Assert.StartsWith("http://127.0.0.1:", address.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
