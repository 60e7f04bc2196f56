using Azure.Data.Tables;
using SnowChatOps.Bot.Storage;
using SnowChatOps.TestSupport.Processes;

namespace SnowChatOps.IntegrationTests.Sharing.Storage;

/// <summary>One Azurite Table service per test class; each store gets its own table prefix, so tests never share rows.</summary>
public sealed class AzuriteTables : IAsyncLifetime
{
    private AzuriteProcess? azurite;

    public async ValueTask InitializeAsync() => azurite = await AzuriteProcess.StartAsync(TestContext.Current.CancellationToken);

    internal StorageTables NewTables() => new(
        new TableServiceClient(azurite!.ConnectionString),
        Microsoft.Extensions.Options.Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = "t" + Guid.NewGuid().ToString("N")[..12] }));

    public async ValueTask DisposeAsync()
    {
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}
