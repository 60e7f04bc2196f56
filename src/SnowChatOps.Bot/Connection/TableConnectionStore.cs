using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using SnowChatOps.Bot.Secrets;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.Bot.Connection;

/// <summary>
/// PartitionKey = tenant id, RowKey = "servicenow" (one connection per tenant; room for other systems later).
/// The client secret and both tokens are encrypted with Data Protection before they are written.
/// </summary>
internal sealed class TableConnectionStore(StorageTables tables, SecretProtector secrets) : IConnectionStore
{
    public const string TableName = "Connections";
    private const string Row = "servicenow";

    public async Task<ServiceNowConnection?> GetAsync(string tenantId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(TableKey.Escape(tenantId), Row, cancellationToken: cancellationToken);
        return response.HasValue ? ToConnection(tenantId, response.Value!) : null;
    }

    /// <summary>The stored row's ETag without reading (or decrypting) the row, or null when there is none.</summary>
    public async Task<string?> GetETagAsync(string tenantId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(TableKey.Escape(tenantId), Row, select: ["PartitionKey"], cancellationToken: cancellationToken);
        return response.HasValue ? response.Value!.ETag.ToString() : null;
    }

    public async Task<bool> TryAddAsync(ServiceNowConnection connection, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        try
        {
            await table.AddEntityAsync(ToEntity(connection), cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<bool> TryReplaceAsync(ServiceNowConnection connection, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        try
        {
            await table.UpdateEntityAsync(ToEntity(connection), new ETag(connection.ETag ?? throw new InvalidOperationException("Replace needs the ETag it was read at.")), TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return false;
        }
    }

    public async Task DeleteAsync(string tenantId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.DeleteEntityAsync(TableKey.Escape(tenantId), Row, ETag.All, cancellationToken);
    }

    public async Task<string?> FindTenantByInstanceAsync(string instanceUrl, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        await foreach (var row in table.QueryAsync<TableEntity>(
            e => e.RowKey == Row && e["InstanceUrl"] as string == instanceUrl, select: ["TenantId"], cancellationToken: cancellationToken))
        {
            return row.GetString("TenantId");
        }

        return null;
    }

    private TableEntity ToEntity(ServiceNowConnection c) => new(TableKey.Escape(c.TenantId), Row)
    {
        ["TenantId"] = c.TenantId,
        ["InstanceUrl"] = c.InstanceUrl,
        ["ClientId"] = c.ClientId,
        ["ClientSecret"] = secrets.Protect(SecretKind.ClientSecret, c.ClientSecret),
        ["AccessToken"] = secrets.Protect(SecretKind.AccessToken, c.Tokens.AccessToken),
        ["RefreshToken"] = secrets.Protect(SecretKind.RefreshToken, c.Tokens.RefreshToken),
        ["AccessExpiresAt"] = c.Tokens.AccessExpiresAt,
        ["Grant"] = c.Grant.ToString(),
        ["Status"] = c.Status.ToString(),
        ["StatusReason"] = c.StatusReason,
        ["ConnectedAsUserName"] = c.ConnectedAsUserName,
        ["ConnectedAsIntegrationUser"] = c.ConnectedAsIntegrationUser,
        ["Version"] = c.Version,
        ["ConnectedByName"] = c.ConnectedByName,
        ["ConnectedByAadObjectId"] = c.ConnectedByAadObjectId,
        ["ConnectedAt"] = c.ConnectedAt,
        ["LastSuccessAt"] = c.LastSuccessAt,
        ["ConversationId"] = c.ConversationId,
        ["ReauthorizationNotifiedAt"] = c.ReauthorizationNotifiedAt,
        ["StateNames"] = JsonSerializer.Serialize(c.StateNames),
    };

    private ServiceNowConnection ToConnection(string tenantId, TableEntity e) => new()
    {
        TenantId = tenantId,
        InstanceUrl = e.GetString("InstanceUrl")!,
        ClientId = e.GetString("ClientId")!,
        ClientSecret = secrets.TryUnprotect(SecretKind.ClientSecret, e.GetString("ClientSecret")) ?? string.Empty,
        Tokens = new ServiceNowTokens(
            secrets.TryUnprotect(SecretKind.AccessToken, e.GetString("AccessToken")) ?? string.Empty,
            secrets.TryUnprotect(SecretKind.RefreshToken, e.GetString("RefreshToken")) ?? string.Empty,
            e.GetDateTimeOffset("AccessExpiresAt") ?? DateTimeOffset.MinValue),
        Grant = Enum.TryParse<ServiceNowGrant>(e.GetString("Grant"), out var grant) ? grant : ServiceNowGrant.AuthorizationCode,
        Status = Enum.TryParse<ConnectionStatus>(e.GetString("Status"), out var status) ? status : ConnectionStatus.NeedsAuthorization,
        StatusReason = e.GetString("StatusReason"),
        ConnectedAsUserName = e.GetString("ConnectedAsUserName"),
        ConnectedAsIntegrationUser = e.GetBoolean("ConnectedAsIntegrationUser") ?? false,
        Version = e.GetString("Version"),
        ConnectedByName = e.GetString("ConnectedByName") ?? string.Empty,
        ConnectedByAadObjectId = e.GetString("ConnectedByAadObjectId") ?? string.Empty,
        ConnectedAt = e.GetDateTimeOffset("ConnectedAt") ?? DateTimeOffset.MinValue,
        LastSuccessAt = e.GetDateTimeOffset("LastSuccessAt"),
        ConversationId = e.GetString("ConversationId"),
        ReauthorizationNotifiedAt = e.GetDateTimeOffset("ReauthorizationNotifiedAt"),
        StateNames = JsonSerializer.Deserialize<Dictionary<string, string>>(e.GetString("StateNames") ?? "{}") ?? [],
        ETag = e.ETag.ToString(),
    };
}
