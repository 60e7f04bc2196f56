using SnowChatOps.ServiceNowEmulator.Data;

namespace SnowChatOps.ServiceNowEmulator.Table;

/// <summary>
/// The emulator's access rules, modelled on a stock instance plus our integration role (manifest/roles): itil and
/// x_snowchatops.integration read/write tickets; the integration role also reads the app registry (no secret), the two
/// version properties, the dictionary rows of our u_m365_* columns and active users (to assign by email); anybody reads self
/// and their own role grants.
/// Rows a user may not read are filtered out of lists and answer 404 when fetched directly.
/// </summary>
internal static class TableAcl
{
    public const string IntegrationRole = "x_snowchatops.integration";
    private static readonly HashSet<string> VersionProperties = ["glide.buildtag.last", "glide.war"];

    public static bool CanRead(SnowUser user, string table, Row row) => user.IsAdmin || table switch
    {
        Schemas.Incident or Schemas.ChangeRequest or Schemas.Journal => WorksTickets(user),
        Schemas.User => user.HasRole("itil") || row["sys_id"] == user.SysId
            || (user.HasRole(IntegrationRole) && row.GetValueOrDefault("active") == "true"), // "Assign to me" (manifest/roles)
        Schemas.UserRoles => row.GetValueOrDefault("user") == user.SysId,
        Schemas.Properties => user.HasRole(IntegrationRole) && VersionProperties.Contains(row.GetValueOrDefault("name", "")),
        Schemas.OAuthEntity => user.HasRole(IntegrationRole),
        Schemas.Dictionary => user.HasRole(IntegrationRole) && row.GetValueOrDefault("name") == SchemaResolver.TaskTable
            && row.GetValueOrDefault("element", "").StartsWith(TaskColumns.CustomPrefix, StringComparison.Ordinal),
        _ => false,
    };

    public static bool CanWrite(SnowUser user, string table) =>
        user.IsAdmin || (Schemas.IsTicketTable(table) && WorksTickets(user));

    public static bool CanDelete(SnowUser user) => user.IsAdmin;

    /// <summary>Fields a caller may not read are left out of the answer, as a real instance does.</summary>
    public static bool CanReadField(SnowUser user, ColumnDef column) => column.Name switch
    {
        "user_password" => false,
        "client_secret" => user.IsAdmin,
        _ => true,
    };

    private static bool WorksTickets(SnowUser user) => user.HasRole("itil") || user.HasRole(IntegrationRole);
}
