using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace SnowChatOps.IntegrationTests.Emulator;

public sealed class KestrelHostingTests
{
    [Fact]
    public async Task UseKestrel_FreePort_EmulatorAnswersOverRealSocket()
    {
        await using var emulator = new EmulatorFactory();
        emulator.UseKestrel(0);
        emulator.StartServer();
        var address = emulator.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address) };

        using var response = await http.GetAsync("/oauth_auth.do?response_type=code&client_id=snowchatops-dev-client", TestContext.Current.CancellationToken);

        Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
