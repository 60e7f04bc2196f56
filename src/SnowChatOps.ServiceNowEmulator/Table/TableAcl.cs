using SnowChatOps.ServiceNowEmulator.Data;

namespace SnowChatOps.ServiceNowEmulator.Table;

/// <summary>
/// The emulator's access rules, modelled on a stock instance plus our integration role: itil reads/writes tickets,
/// x_snowchatops.integration reads the app registry (no secret) and the two version properties, anybody reads self.
/// Rows a user may not read are filtered out of lists and answer 404 when fetched directly.
/// </summary>
internal static class TableAcl
{
    public const string IntegrationRole = "x_snowchatops.integration";
    private static readonly HashSet<string> VersionProperties = ["glide.buildtag.last", "glide.war"];

    public static bool CanRead(SnowUser user, string table, Row row) => user.IsAdmin || table switch
    {
        Schemas.Incident or Schemas.ChangeRequest or Schemas.Journal => user.HasRole("itil"),
        Schemas.User => user.HasRole("itil") || row["sys_id"] == user.SysId,
        Schemas.Properties => user.HasRole(IntegrationRole) && VersionProperties.Contains(row.GetValueOrDefault("name", "")),
        Schemas.OAuthEntity => user.HasRole(IntegrationRole),
        _ => false,
    };

    public static bool CanWrite(SnowUser user, string table) =>
        user.IsAdmin || (Schemas.IsTicketTable(table) && user.HasRole("itil"));

    public static bool CanDelete(SnowUser user) => user.IsAdmin;

    public static bool CanReadField(SnowUser user, ColumnDef column) => column.Name switch
    {
        "user_password" => false,
        "client_secret" => user.IsAdmin,
        _ => true,
    };
}
