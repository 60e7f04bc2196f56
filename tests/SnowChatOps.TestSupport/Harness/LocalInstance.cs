using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace SnowChatOps.TestSupport.Harness;

/// <summary>
/// Something listening on loopback that refuses every request with 401, the way an instance refuses a caller
/// without a token: enough for the connect flow's reachability probe. Started once per test run.
/// </summary>
internal static class LocalInstance
{
    private static readonly Lazy<Task<string>> Started = new(StartAsync);

    public static Task<string> UrlAsync() => Started.Value;

    private static async Task<string> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        });
        await app.StartAsync();
        return app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }
}
