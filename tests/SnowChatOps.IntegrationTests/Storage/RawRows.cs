using System.Text;
using Azure.Data.Tables;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.IntegrationTests.Storage;

/// <summary>Every property of every row of a table, as text: what someone reading the storage account would see.</summary>
internal static class RawRows
{
    public static async Task<string> ReadAllAsync(StorageTables tables, string tableName)
    {
        var table = await tables.GetAsync(tableName, TestContext.Current.CancellationToken);
        var text = new StringBuilder();
        await foreach (var row in table.QueryAsync<TableEntity>(cancellationToken: TestContext.Current.CancellationToken))
        {
            foreach (var (key, value) in row)
            {
                text.Append(key).Append('=').Append(value).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>All rows of all tables in the account (every prefix).</summary>
    public static async Task<string> ReadAccountAsync(TableServiceClient service)
    {
        var text = new StringBuilder();
        await foreach (var item in service.QueryAsync(cancellationToken: TestContext.Current.CancellationToken))
        {
            await foreach (var row in service.GetTableClient(item.Name).QueryAsync<TableEntity>(cancellationToken: TestContext.Current.CancellationToken))
            {
                foreach (var (key, value) in row)
                {
                    text.Append(item.Name).Append('.').Append(key).Append('=').Append(value).Append('\n');
                }
            }
        }

        return text.ToString();
    }
}
