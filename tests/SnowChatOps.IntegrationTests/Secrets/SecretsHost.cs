using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using SnowChatOps.Bot.Hosting;
using SnowChatOps.Bot.Secrets;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.IntegrationTests.Secrets;

/// <summary>
/// The bot's Storage + Secrets registrations, as Program wires them, over Azurite tables under one prefix: one
/// "instance" that protects and unprotects secrets with whatever key-ring protection its settings give.
/// </summary>
internal sealed class SecretsHost : IDisposable
{
    private readonly ServiceProvider services;

    public SecretsHost(string connectionString, string prefix, string environment, IReadOnlyDictionary<string, string?> secrets)
    {
        var settings = new Dictionary<string, string?>(secrets)
        {
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:TablePrefix"] = prefix,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var collection = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment, ApplicationName = "SnowChatOps.Bot" })
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddAzureIdentity()
            .AddStorage()
            .AddSecrets(configuration);
        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public SecretProtector Protector => services.GetRequiredService<SecretProtector>();

    /// <summary>Adds a key that becomes the default now (what the key ring does by itself every 90 days).</summary>
    public void RollKey()
    {
        var now = TimeProvider.System.GetUtcNow();
        services.GetRequiredService<IKeyManager>().CreateNewKey(now, now.AddDays(90));
    }

    public void Dispose() => services.Dispose();
}
