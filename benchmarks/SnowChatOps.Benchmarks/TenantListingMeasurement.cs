using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using SnowChatOps.Bot.Storage;
using SnowChatOps.Bot.Tickets.Store;
using SnowChatOps.TestSupport.Processes;

namespace SnowChatOps.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/SnowChatOps.Benchmarks -- tenant-listing [sizes...]</c>: the poller's
/// "which tenants have tracked tickets" on real Table Storage (Azurite), N tracked tickets of 10 tenants, 90% of them
/// closed. Before: the scan of every row of TrackedTickets selecting TenantId (reproduced here as the store did it).
/// After: the one-time upgrade (ended tickets out of the hot set, tenants indexed), then ListTenantsAsync from the index.
/// </summary>
internal static class TenantListingMeasurement
{
    public static async Task RunAsync(IReadOnlyList<int> sizes)
    {
        await using var azurite = await AzuriteProcess.StartAsync(CancellationToken.None);
        Console.WriteLine("| tracked (10% open) | before: scan ms | one-time upgrade ms | after: index ms | hot set rows after |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            Console.WriteLine(await MeasureAsync(azurite.ConnectionString, size));
        }
    }

    private static async Task<string> MeasureAsync(string connectionString, int size)
    {
        var tables = new StorageTables(new TableServiceClient(connectionString), Microsoft.Extensions.Options.Options.Create(
            new StorageOptions { ConnectionString = connectionString, TablePrefix = "b" + Guid.NewGuid().ToString("N")[..12] }));
        var hot = await tables.GetAsync(TableTrackedTicketStore.TableName, CancellationToken.None);
        await SeedAsync(hot, size);

        var scan = Stopwatch.StartNew();
        var scanned = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in hot.QueryAsync<TableEntity>(select: ["TenantId"]))
        {
            scanned.Add(row.GetString("TenantId")!);
        }

        scan.Stop();
        var index = new TrackedTicketTenantIndex(tables);
        var store = new TableTrackedTicketStore(tables, index, new TrackedTicketHotSetUpgrade(tables, index, NullLogger<TrackedTicketHotSetUpgrade>.Instance), new TrackedTicketDueIndex(tables));
        var upgrade = Stopwatch.StartNew();
        await store.ListTenantsAsync(CancellationToken.None);
        upgrade.Stop();
        var after = Stopwatch.StartNew();
        var tenants = await store.ListTenantsAsync(CancellationToken.None);
        after.Stop();
        if (tenants.Count != scanned.Count)
        {
            throw new InvalidOperationException($"{tenants.Count} tenants indexed, {scanned.Count} scanned");
        }

        var left = 0;
        await foreach (var _ in hot.QueryAsync<TableEntity>(select: ["PartitionKey"]))
        {
            left++;
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"| {size:N0} | {scan.Elapsed.TotalMilliseconds:F0} | {upgrade.Elapsed.TotalMilliseconds:F0} | {after.Elapsed.TotalMilliseconds:F1} | {left:N0} |");
    }

    // Rows as the store wrote them before the hot set existed: every ticket, open or closed, in TrackedTickets.
    private static async Task SeedAsync(TableClient hot, int size)
    {
        for (var tenant = 0; tenant < 10; tenant++)
        {
            var tenantId = "tenant-" + tenant.ToString(CultureInfo.InvariantCulture);
            var batch = new List<TableTransactionAction>(100);
            for (var i = tenant; i < size; i += 10)
            {
                var sysId = i.ToString("x32", CultureInfo.InvariantCulture);
                batch.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(tenantId, "incident:" + sysId)
                {
                    ["TenantId"] = tenantId, ["Table"] = "incident", ["SysId"] = sysId, ["Number"] = "INC" + i.ToString("D7", CultureInfo.InvariantCulture),
                    ["ActionId"] = "AdminMFAV2", ["ConversationId"] = "conv-1", ["LastKnownState"] = i / 10 % 10 == 0 ? "2" : "7",
                    ["UpdatedAt"] = new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero),
                }));
                if (batch.Count == 100)
                {
                    await hot.SubmitTransactionAsync(batch);
                    batch.Clear();
                }
            }

            if (batch.Count > 0)
            {
                await hot.SubmitTransactionAsync(batch);
            }
        }
    }
}
