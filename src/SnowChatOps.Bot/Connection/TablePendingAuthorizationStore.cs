using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SnowChatOps.Bot.Secrets;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.Bot.Connection;

/// <summary>
/// PartitionKey = SHA-256 of the state (the state itself is a bearer value and is not stored), RowKey = "".
/// Consuming deletes the row with its ETag, so only one of two concurrent callbacks with the same state wins.
/// The client secret and the PKCE verifier are encrypted.
/// </summary>
internal sealed class TablePendingAuthorizationStore(StorageTables tables, SecretProtector secrets) : IPendingAuthorizationStore
{
    public const string TableName = "PendingAuthorizations";

    public async Task SaveAsync(PendingAuthorization pending, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.AddEntityAsync(new TableEntity(Hash(pending.State), string.Empty)
        {
            ["TenantId"] = pending.TenantId,
            ["UserAadObjectId"] = pending.UserAadObjectId,
            ["UserName"] = pending.UserName,
            ["Locale"] = pending.Locale,
            ["Conversation"] = JsonConvert.SerializeObject(pending.Conversation),
            ["InstanceUrl"] = pending.InstanceUrl,
            ["ClientId"] = pending.ClientId,
            ["ClientSecret"] = secrets.Protect(SecretKind.ClientSecret, pending.ClientSecret),
            ["CodeVerifier"] = secrets.Protect(SecretKind.PkceVerifier, pending.CodeVerifier),
            ["ConnectionETag"] = pending.ConnectionETag,
            ["ExpiresAt"] = pending.ExpiresAt,
            ["CardActivityId"] = pending.CardActivityId,
        }, cancellationToken);
    }

    public async Task<PendingAuthorization?> TryConsumeAsync(string state, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(Hash(state), string.Empty, cancellationToken: cancellationToken);
        if (!response.HasValue)
        {
            return null;
        }

        var entity = response.Value!;
        try
        {
            // The SDK treats "already deleted" (404) as success; here it means another callback consumed it first.
            using var deleted = await table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, entity.ETag, cancellationToken);
            return deleted.Status == 404 ? null : ToPending(state, entity);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return null;
        }
    }

    public async Task DeleteForTenantAsync(string tenantId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e["TenantId"] as string == tenantId, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            await table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, ETag.All, cancellationToken);
        }
    }

    private PendingAuthorization ToPending(string state, TableEntity e) => new()
    {
        State = state,
        TenantId = e.GetString("TenantId")!,
        UserAadObjectId = e.GetString("UserAadObjectId")!,
        UserName = e.GetString("UserName") ?? string.Empty,
        Locale = e.GetString("Locale") ?? "en-US",
        Conversation = JsonConvert.DeserializeObject<ConversationReference>(e.GetString("Conversation")!)!,
        InstanceUrl = e.GetString("InstanceUrl")!,
        ClientId = e.GetString("ClientId")!,
        ClientSecret = secrets.TryUnprotect(SecretKind.ClientSecret, e.GetString("ClientSecret")) ?? string.Empty,
        CodeVerifier = secrets.TryUnprotect(SecretKind.PkceVerifier, e.GetString("CodeVerifier")) ?? string.Empty,
        ConnectionETag = e.GetString("ConnectionETag"),
        ExpiresAt = e.GetDateTimeOffset("ExpiresAt") ?? DateTimeOffset.MinValue,
        CardActivityId = e.GetString("CardActivityId"),
    };

    private static string Hash(string state) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(state)));
}
