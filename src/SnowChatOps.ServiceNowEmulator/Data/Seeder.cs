using Microsoft.Extensions.Options;
using SnowChatOps.ServiceNowEmulator.OAuth;

namespace SnowChatOps.ServiceNowEmulator.Data;

/// <summary>Puts the demo data from HELPER_CONTRACTS into an empty store (fake values, shown on the dev login page).</summary>
internal sealed class Seeder(RecordStore store, RowFactory rows, IOptions<OAuthOptions> oauth)
{
    public const string AdminSysId = "6816f79cc0a8016401c5a33be04be441";
    public const string IntegrationSysId = "a8f98bb0eb32010045e1a5115206fe3a";
    public const string PersonalSysId = "62826bf03710200044e0bfc8bcbe5df1";
    public const string GuestSysId = "0a826bf03710200044e0bfc8bcbe5d7a";
    public const string OAuthEntitySysId = "b3d2c1e0f1a24b5c8d7e6f5a4b3c2d1e";
    public const string ClientId = "snowchatops-dev-client";
    public const string ClientSecret = "snowchatops-dev-secret";
    public const string AppName = "SnowChatOps Teams connector";
    public const string BuildTag = "glide-zurich-07-01-2025__patch2-09-10-2025";

    public static readonly (string User, string Password)[] DemoLogins =
        [("m365.integration", "Integration#2026"), ("abel.tuter", "Personal#2026"), ("admin", "Admin#2026"), ("guest.noroles", "Guest#2026")];

    public void Seed()
    {
        store.Clear();
        User(AdminSysId, "admin", "System", "Administrator", "Admin#2026", "admin", integration: false);
        User(IntegrationSysId, "m365.integration", "M365", "Integration", "Integration#2026", "itil,x_snowchatops.integration", integration: true);
        User(PersonalSysId, "abel.tuter", "Abel", "Tuter", "Personal#2026", "itil", integration: false);
        User(GuestSysId, "guest.noroles", "Guest", "No Roles", "Guest#2026", "", integration: false);
        Property("glide.buildtag.last", BuildTag);
        Property("glide.war", BuildTag + ".zip");
        Property("glide.buildname", "");
        store.Upsert(Schemas.OAuthEntity, rows.NewRow(Schemas.All[Schemas.OAuthEntity], "system", new Row
        {
            ["sys_id"] = OAuthEntitySysId, ["name"] = AppName, ["client_id"] = ClientId, ["client_secret"] = ClientSecret,
            ["redirect_url"] = string.Join(',', oauth.Value.EffectiveRedirectUris),
            ["access_token_lifespan"] = oauth.Value.AccessTokenLifespan.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["refresh_token_lifespan"] = oauth.Value.RefreshTokenLifespan.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
    }

    private void User(string sysId, string userName, string first, string last, string password, string roles, bool integration) =>
        store.Upsert(Schemas.User, rows.NewRow(Schemas.All[Schemas.User], "system", new Row
        {
            ["sys_id"] = sysId, ["user_name"] = userName, ["first_name"] = first, ["last_name"] = last,
            ["name"] = $"{first} {last}", ["email"] = $"{userName}@example.com", ["user_password"] = password, ["roles"] = roles,
            ["web_service_access_only"] = integration ? "true" : "false", ["internal_integration_user"] = integration ? "true" : "false",
        }));

    private void Property(string name, string value) =>
        store.Upsert(Schemas.Properties, rows.NewRow(Schemas.All[Schemas.Properties], "system", new Row { ["name"] = name, ["value"] = value }));
}
