namespace SnowChatOps.ServiceNowEmulator.Data;

/// <summary>The authenticated caller of a ServiceNow path.</summary>
internal sealed record SnowUser(string SysId, string UserName, string Name, IReadOnlySet<string> Roles, bool WebServiceAccessOnly)
{
    public bool IsAdmin => Roles.Contains("admin");

    public bool HasRole(string role) => IsAdmin || Roles.Contains(role);

    public bool HasAnyRole => Roles.Count > 0;

    public static SnowUser FromRow(Row row) => new(
        row["sys_id"],
        row["user_name"],
        row.GetValueOrDefault("name", ""),
        row.GetValueOrDefault("roles", "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal),
        row.GetValueOrDefault("web_service_access_only") == "true");
}
