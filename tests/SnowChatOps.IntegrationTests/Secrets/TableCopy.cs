using Azure.Data.Tables;

namespace SnowChatOps.IntegrationTests.Secrets;

/// <summary>What someone who copies the storage account gets: every row of every table under a prefix.</summary>
internal static class TableCopy
{
    public static async Task<int> CopyAsync(TableServiceClient service, string fromPrefix, string toPrefix, CancellationToken cancellationToken)
    {
        var rows = 0;
        var names = new List<string>();
        await foreach (var table in service.QueryAsync(cancellationToken: cancellationToken))
        {
            if (table.Name.StartsWith(fromPrefix, StringComparison.Ordinal))
            {
                names.Add(table.Name);
            }
        }

        foreach (var name in names)
        {
            var target = service.GetTableClient(toPrefix + name[fromPrefix.Length..]);
            await target.CreateIfNotExistsAsync(cancellationToken);
            await foreach (var row in service.GetTableClient(name).QueryAsync<TableEntity>(cancellationToken: cancellationToken))
            {
                await target.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
                rows++;
            }
        }

        return rows;
    }
}
