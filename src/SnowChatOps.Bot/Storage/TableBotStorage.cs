using System.Text;
using Azure;
using Azure.Data.Tables;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SnowChatOps.Bot.Storage;

/// <summary>
/// Bot Framework <see cref="IStorage"/> over Azure Tables (ConversationState, UserState, flow state).
/// PartitionKey = the escaped Bot Framework key (one item per partition: items are independent), RowKey = "".
/// The JSON is split over string properties because one property holds at most 32K characters.
/// Items that are <see cref="IStoreItem"/> with an ETag other than "*" are written only if the ETag still matches.
/// </summary>
internal sealed class TableBotStorage(StorageTables tables, ILogger<TableBotStorage> logger) : IStorage
{
    public const string TableName = "BotState";
    private const string ChunkCount = "Chunks";
    private const int ChunkSize = 30_000;
    private const int MaxChunks = 30;
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.None,
        NullValueHandling = NullValueHandling.Include,
        MaxDepth = null,
    });

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var table = await tables.GetAsync(TableName, cancellationToken);
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            var response = await table.GetEntityIfExistsAsync<TableEntity>(TableKey.Escape(key), string.Empty, cancellationToken: cancellationToken);
            if (response.HasValue && response.Value is { } entity)
            {
                var json = JObject.Parse(Join(entity));
                json["eTag"] = entity.ETag.ToString();
                result[key] = json;
            }
        }

        return result;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var table = await tables.GetAsync(TableName, cancellationToken);
        foreach (var (key, value) in changes)
        {
            var json = JToken.FromObject(value, Serializer);
            if (json is JObject obj)
            {
                obj.Remove("eTag");
            }

            var entity = Split(TableKey.Escape(key), json.ToString(Formatting.None));
            await WriteOneAsync(table, key, entity, (value as IStoreItem)?.ETag, cancellationToken);
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var table = await tables.GetAsync(TableName, cancellationToken);
        foreach (var key in keys)
        {
            await table.DeleteEntityAsync(TableKey.Escape(key), string.Empty, ETag.All, cancellationToken);
        }
    }

    private async Task WriteOneAsync(TableClient table, string key, TableEntity entity, string? etag, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(etag) || etag == "*")
        {
            await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
            return;
        }

        try
        {
            await table.UpdateEntityAsync(entity, new ETag(etag), TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            logger.StaleWrite(TableName);
            throw new StaleWriteException(key, ex);
        }
    }

    private static TableEntity Split(string partitionKey, string json)
    {
        var chunks = (json.Length + ChunkSize - 1) / ChunkSize;
        if (chunks > MaxChunks)
        {
            throw new InvalidOperationException($"State for one key is larger than {MaxChunks * ChunkSize} characters; keep state small.");
        }

        var entity = new TableEntity(partitionKey, string.Empty) { [ChunkCount] = chunks };
        for (var i = 0; i < chunks; i++)
        {
            entity["Json" + i] = json.Substring(i * ChunkSize, Math.Min(ChunkSize, json.Length - (i * ChunkSize)));
        }

        return entity;
    }

    private static string Join(TableEntity entity)
    {
        var chunks = entity.GetInt32(ChunkCount) ?? 0;
        var builder = new StringBuilder();
        for (var i = 0; i < chunks; i++)
        {
            builder.Append(entity.GetString("Json" + i));
        }

        return builder.Length == 0 ? "{}" : builder.ToString();
    }
}
