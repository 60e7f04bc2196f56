using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SnowChatOps.ServiceNowEmulator.Data;

namespace SnowChatOps.ServiceNowEmulator.OAuth;

/// <summary>Reads application registry entries (<c>oauth_entity</c>) from the store.</summary>
internal sealed class OAuthClients(RecordStore store)
{
    public OAuthClient? Find(string? clientId)
    {
        var row = store.List(Schemas.OAuthEntity).FirstOrDefault(r => r["client_id"] == clientId);
        return row is null ? null : new OAuthClient(
            row["sys_id"], row["name"], row["client_id"], row["client_secret"],
            row["redirect_url"].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            int.Parse(row["access_token_lifespan"], CultureInfo.InvariantCulture),
            int.Parse(row["refresh_token_lifespan"], CultureInfo.InvariantCulture),
            row["active"] == "true") { ApplicationUserSysId = row.GetValueOrDefault("user", "") };
    }

    /// <summary>
    /// The client-credentials grant is off until the system property says otherwise (ServiceNow docs, Client Credentials).
    /// </summary>
    public bool ClientCredentialsEnabled() =>
        store.List(Schemas.Properties).Any(p => p.GetValueOrDefault("name") == ClientCredentialsProperty && p.GetValueOrDefault("value") == "true");

    public const string ClientCredentialsProperty = "glide.oauth.inbound.client.credential.grant_type.enabled";

    public OAuthClient? FindActive(string? clientId) => Find(clientId) is { Active: true } client ? client : null;

    public OAuthClient? Authenticate(string? clientId, string? secret) =>
        FindActive(clientId) is { } client && secret is not null &&
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(client.ClientSecret), Encoding.UTF8.GetBytes(secret))
            ? client
            : null;

    public void SetRedirectUris(IEnumerable<string> uris) => Change(r => r["redirect_url"] = string.Join(',', uris));

    public void SetActive(bool active) => Change(r => r["active"] = active ? "true" : "false");

    private void Change(Action<Row> change)
    {
        foreach (var row in store.List(Schemas.OAuthEntity))
        {
            store.Update(Schemas.OAuthEntity, row["sys_id"], r =>
            {
                change(r);
                return r;
            });
        }
    }
}
