using Microsoft.Extensions.Options;
using SnowChatOps.ServiceNowEmulator.OAuth;

namespace SnowChatOps.ServiceNowEmulator.Data;

/// <summary>Puts the demo data from HELPER_CONTRACTS into an empty store (fake values, shown on the dev login page).</summary>
internal sealed class Seeder(RecordStore store, RowFactory rows, IOptions<OAuthOptions> oauth)
{
    public const string AdminSysId = "6816f79cc0a8016401c5a33be04be441";
    public const string IntegrationSysId = "a8f98bb0eb32010045e1a5115206fe3a";
    public const string ApiUserSysId = "b1f98bb0eb32010045e1a5115206fe4b";
    public const string PersonalSysId = "62826bf03710200044e0bfc8bcbe5df1";
    public const string GuestSysId = "0a826bf03710200044e0bfc8bcbe5d7a";
    public const string AgentSysId = "46d44a23a9fe19810012d100cca80666";

    /// <summary>
    /// A fulfiller whose email is the Agents Playground's default user's (Alex Wilber, alexw@example.com), so
    /// "Assign to me" pressed in the Playground finds a ServiceNow user. Cannot sign in on the login page (no password).
    /// </summary>
    public const string AgentEmail = "alexw@example.com";
    public const string OAuthEntitySysId = "b3d2c1e0f1a24b5c8d7e6f5a4b3c2d1e";
    public const string ClientId = "snowchatops-dev-client";
    public const string ClientSecret = "snowchatops-dev-secret";
    public const string AppName = "SnowChatOps Teams connector";
    public const string BuildTag = "glide-zurich-07-01-2025__patch2-09-10-2025";

    public static readonly (string User, string Password)[] DemoLogins =
        [("m365.integration", "Integration#2026"), ("abel.tuter", "Personal#2026"), ("admin", "Admin#2026"), ("guest.noroles", "Guest#2026"), ("m365.api", "Api#2026")];

    /// <summary>The demo user that is web-service-only: it cannot sign in on the login page (the client-credentials grant's application user).</summary>
    public const string ApiUserName = "m365.api";

    public void Seed()
    {
        store.Clear();
        User(AdminSysId, "admin", "System", "Administrator", "Admin#2026", "admin", integration: false);
        // The code flow's integration user signs in interactively, so it is not web-service-only; it holds only our role.
        User(IntegrationSysId, "m365.integration", "M365", "Integration", "Integration#2026", "x_snowchatops.integration", integration: false);
        User(ApiUserSysId, ApiUserName, "M365", "API", "Api#2026", "x_snowchatops.integration", integration: true);
        User(PersonalSysId, "abel.tuter", "Abel", "Tuter", "Personal#2026", "itil", integration: false);
        User(GuestSysId, "guest.noroles", "Guest", "No Roles", "Guest#2026", "", integration: false);
        User(AgentSysId, "alex.wilber", "Alex", "Wilber", "", "itil", integration: false, email: AgentEmail);
        Property("glide.buildtag.last", BuildTag);
        Property("glide.war", BuildTag + ".zip");
        Property("glide.buildname", "");
        foreach (var column in TaskColumns.CustomColumns)
        {
            store.Upsert(Schemas.Dictionary, rows.NewRow(Schemas.All[Schemas.Dictionary], "system", new Row
            {
                ["name"] = SchemaResolver.TaskTable, ["element"] = column, ["column_label"] = column, ["internal_type"] = "string",
                ["max_length"] = Schemas.All[Schemas.Incident].Find(column)!.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }));
        }

        store.Upsert(Schemas.OAuthEntity, rows.NewRow(Schemas.All[Schemas.OAuthEntity], "system", new Row
        {
            ["sys_id"] = OAuthEntitySysId, ["name"] = AppName, ["client_id"] = ClientId, ["client_secret"] = ClientSecret,
            ["redirect_url"] = string.Join(',', oauth.Value.EffectiveRedirectUris),
            ["access_token_lifespan"] = oauth.Value.AccessTokenLifespan.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["refresh_token_lifespan"] = oauth.Value.RefreshTokenLifespan.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["user"] = store.List(Schemas.User).FirstOrDefault(u => u["user_name"] == oauth.Value.ClientCredentialsUser)?["sys_id"] ?? "",
        }));
        Property(OAuthClients.ClientCredentialsProperty, oauth.Value.ClientCredentialsGrantEnabled ? "true" : "false");
    }

    private void User(string sysId, string userName, string first, string last, string password, string roles, bool integration, string? email = null)
    {
        store.Upsert(Schemas.User, rows.NewRow(Schemas.All[Schemas.User], "system", new Row
        {
            ["sys_id"] = sysId, ["user_name"] = userName, ["first_name"] = first, ["last_name"] = last,
            ["name"] = $"{first} {last}", ["email"] = email ?? $"{userName}@example.com", ["user_password"] = password, ["roles"] = roles,
            ["web_service_access_only"] = integration ? "true" : "false", ["internal_integration_user"] = integration ? "true" : "false",
        }));
        foreach (var role in roles.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            store.Upsert(Schemas.UserRoles, rows.NewRow(Schemas.All[Schemas.UserRoles], "system", new Row { ["user"] = sysId, ["role"] = role }));
        }
    }

    private void Property(string name, string value) =>
        store.Upsert(Schemas.Properties, rows.NewRow(Schemas.All[Schemas.Properties], "system", new Row { ["name"] = name, ["value"] = value }));
}
