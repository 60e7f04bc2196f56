using Azure.Data.Tables;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Secrets;
using SnowChatOps.Bot.Storage;
using SnowChatOps.TestSupport.Processes;

[assembly: AssemblyFixture(typeof(SnowChatOps.IntegrationTests.Storage.AzuriteFixture))]

namespace SnowChatOps.IntegrationTests.Storage;

/// <summary>One real Azurite (Table service, in memory, free port) for the whole integration run.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? azurite;

    public string ConnectionString => azurite!.ConnectionString;

    public async ValueTask InitializeAsync() => azurite = await AzuriteProcess.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }

    /// <summary>Tables under a prefix of their own, so tests do not see each other's rows.</summary>
    internal StorageTables NewTables() => new(
        new TableServiceClient(ConnectionString),
        Options.Create(new StorageOptions { ConnectionString = ConnectionString, TablePrefix = "t" + Guid.NewGuid().ToString("N")[..12] }));

    internal static SecretProtector NewProtector() => new(new EphemeralDataProtectionProvider());
}
