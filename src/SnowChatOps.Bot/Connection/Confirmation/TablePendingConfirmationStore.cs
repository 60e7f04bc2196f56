using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SnowChatOps.Bot.Secrets;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.Bot.Connection.Confirmation;

/// <summary>
/// PartitionKey = SHA-256 of the confirmation id (a value that travels in a card, so it is not stored), RowKey = "".
/// Consuming deletes the row with its ETag, so only one of two concurrent presses wins. The client secret and both
/// tokens are encrypted.
/// </summary>
internal sealed class TablePendingConfirmationStore(StorageTables tables, SecretProtector secrets) : IPendingConfirmationStore
{
    public const string TableName = "PendingConfirmations";

    public async Task SaveAsync(PendingConfirmation confirmation, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.AddEntityAsync(new TableEntity(Hash(confirmation.Id), string.Empty)
        {
            ["TenantId"] = confirmation.TenantId,
            ["AdminAadObjectId"] = confirmation.AdminAadObjectId,
            ["AdminName"] = confirmation.AdminName,
            ["Locale"] = confirmation.Locale,
            ["Conversation"] = JsonConvert.SerializeObject(confirmation.Conversation),
            ["InstanceUrl"] = confirmation.InstanceUrl,
            ["ClientId"] = confirmation.ClientId,
            ["ClientSecret"] = secrets.Protect(SecretKind.ClientSecret, confirmation.ClientSecret),
            ["AccessToken"] = secrets.Protect(SecretKind.AccessToken, confirmation.Tokens.AccessToken),
            ["RefreshToken"] = secrets.Protect(SecretKind.RefreshToken, confirmation.Tokens.RefreshToken),
            ["AccessExpiresAt"] = confirmation.Tokens.AccessExpiresAt,
            ["SignedInAsUserName"] = confirmation.SignedInAsUserName,
            ["SignedInAsName"] = confirmation.SignedInAsName,
            ["SignedInAsIntegrationUser"] = confirmation.SignedInAsIntegrationUser,
            ["ConnectionETag"] = confirmation.ConnectionETag,
            ["ExpiresAt"] = confirmation.ExpiresAt,
        }, cancellationToken);
    }

    public async Task<PendingConfirmation?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(Hash(id), string.Empty, cancellationToken: cancellationToken);
        return response.HasValue ? ToConfirmation(id, response.Value!) : null;
    }

    public async Task<PendingConfirmation?> TryConsumeAsync(string id, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(Hash(id), string.Empty, cancellationToken: cancellationToken);
        if (!response.HasValue)
        {
            return null;
        }

        return await TryDeleteAsync(table, response.Value!, cancellationToken) ? ToConfirmation(id, response.Value!) : null;
    }

    public async Task<IReadOnlyList<PendingConfirmation>> ConsumeForTenantAsync(string tenantId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var consumed = new List<PendingConfirmation>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e["TenantId"] as string == tenantId, cancellationToken: cancellationToken))
        {
            if (await TryDeleteAsync(table, entity, cancellationToken))
            {
                consumed.Add(ToConfirmation(id: string.Empty, entity));
            }
        }

        return consumed;
    }

    private static async Task<bool> TryDeleteAsync(TableClient table, TableEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            // The SDK treats "already deleted" (404) as success; here it means another press consumed it first.
            using var deleted = await table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, entity.ETag, cancellationToken);
            return deleted.Status != 404;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return false;
        }
    }

    private PendingConfirmation ToConfirmation(string id, TableEntity e) => new()
    {
        Id = id,
        TenantId = e.GetString("TenantId")!,
        AdminAadObjectId = e.GetString("AdminAadObjectId")!,
        AdminName = e.GetString("AdminName") ?? string.Empty,
        Locale = e.GetString("Locale") ?? "en-US",
        Conversation = JsonConvert.DeserializeObject<ConversationReference>(e.GetString("Conversation")!)!,
        InstanceUrl = e.GetString("InstanceUrl")!,
        ClientId = e.GetString("ClientId")!,
        ClientSecret = secrets.TryUnprotect(SecretKind.ClientSecret, e.GetString("ClientSecret")) ?? string.Empty,
        Tokens = new ServiceNowTokens(
            secrets.TryUnprotect(SecretKind.AccessToken, e.GetString("AccessToken")) ?? string.Empty,
            secrets.TryUnprotect(SecretKind.RefreshToken, e.GetString("RefreshToken")) ?? string.Empty,
            e.GetDateTimeOffset("AccessExpiresAt") ?? DateTimeOffset.MinValue),
        SignedInAsUserName = e.GetString("SignedInAsUserName") ?? string.Empty,
        SignedInAsName = e.GetString("SignedInAsName") ?? string.Empty,
        SignedInAsIntegrationUser = e.GetBoolean("SignedInAsIntegrationUser") ?? false,
        ConnectionETag = e.GetString("ConnectionETag"),
        ExpiresAt = e.GetDateTimeOffset("ExpiresAt") ?? DateTimeOffset.MinValue,
    };

    private static string Hash(string id) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
}
