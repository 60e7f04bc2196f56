using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SnowChatOps.Bot;

namespace SnowChatOps.IntegrationTests.Bot;

/// <summary>The real bot host in memory, with configuration given per test.</summary>
internal sealed class BotHostFactory(string environment, IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<BotAssemblyMarker>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
