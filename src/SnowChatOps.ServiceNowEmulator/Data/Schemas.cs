namespace SnowChatOps.ServiceNowEmulator.Data;

/// <summary>The only place the emulated tables are declared: columns, max lengths, references and choice lists.</summary>
internal static class Schemas
{
    public const string Incident = "incident";
    public const string ChangeRequest = "change_request";
    public const string User = "sys_user";
    public const string Properties = "sys_properties";
    public const string OAuthEntity = "oauth_entity";
    public const string Journal = "sys_journal_field";
    public const string Dictionary = "sys_dictionary";
    public const string UserRoles = "sys_user_has_role";

    /// <summary>Referenced by sys_user_has_role.role but not emulated: the reference key is the role's name, so its display is the name.</summary>
    public const string Role = "sys_user_role";

    /// <summary>Referenced (assignment_group, sys_domain) but not emulated: links point at it, reads answer "Invalid table".</summary>
    public const string UserGroup = "sys_user_group";

    public static readonly IReadOnlyDictionary<string, string> IncidentStates = new Dictionary<string, string>
    {
        ["1"] = "New", ["2"] = "In Progress", ["3"] = "On Hold", ["6"] = "Resolved", ["7"] = "Closed", ["8"] = "Canceled",
    };

    public static readonly IReadOnlyDictionary<string, string> ChangeStates = new Dictionary<string, string>
    {
        ["-5"] = "New", ["-4"] = "Assess", ["-3"] = "Authorize", ["-2"] = "Scheduled", ["-1"] = "Implement",
        ["0"] = "Review", ["3"] = "Closed", ["4"] = "Canceled",
    };

    public static readonly IReadOnlyDictionary<string, TableDef> All = new[]
    {
        new TableDef(Incident, TaskColumns.Incident(), "INC", 10001),
        new TableDef(ChangeRequest, TaskColumns.ChangeRequest(), "CHG", 30001),
        new TableDef(User, Sys().Concat(
        [
            new("user_name", MaxLength: 40), new("first_name", MaxLength: 50), new("last_name", MaxLength: 50),
            new("name", MaxLength: 151), new("email", MaxLength: 100), new("roles", MaxLength: 4000),
            new("active", ColumnType.Boolean, DefaultValue: "true"), new("locked_out", ColumnType.Boolean, DefaultValue: "false"),
            new("web_service_access_only", ColumnType.Boolean, DefaultValue: "false"),
            new("internal_integration_user", ColumnType.Boolean, DefaultValue: "false"),
            new("user_password", ColumnType.Password), new("time_zone", MaxLength: 40, DefaultValue: "GMT"),
        ])),
        new TableDef(Properties, Sys().Concat(
            [new("name", MaxLength: 100), new("value", MaxLength: 4000), new("type", MaxLength: 40, DefaultValue: "string"), new("description", MaxLength: 512)])),
        new TableDef(OAuthEntity, Sys().Concat(
        [
            new("name", MaxLength: 100), new("client_id", MaxLength: 100), new("client_secret", ColumnType.Password),
            new("redirect_url", MaxLength: 4000), new("access_token_lifespan", ColumnType.Integer, DefaultValue: "1800"),
            new("refresh_token_lifespan", ColumnType.Integer, DefaultValue: "8640000"),
            new("active", ColumnType.Boolean, DefaultValue: "true"), new("type", MaxLength: 40, DefaultValue: "client"),
            new("user", ColumnType.Reference, 32, User),
        ])),
        new TableDef(Journal, Sys().Concat(
            [new("element_id", MaxLength: 32), new("element", MaxLength: 40), new("name", MaxLength: 80), new("value", ColumnType.String, 4000)])),
        new TableDef(Dictionary, Sys().Concat(
        [
            new("name", MaxLength: 80), new("element", MaxLength: 80), new("column_label", MaxLength: 80),
            new("internal_type", MaxLength: 40, DefaultValue: "string"), new("max_length", ColumnType.Integer, DefaultValue: "40"),
            new("active", ColumnType.Boolean, DefaultValue: "true"),
        ])),
        new TableDef(UserRoles, Sys().Concat(
        [
            new("user", ColumnType.Reference, 32, User), new("role", ColumnType.Reference, 80, Role),
            new("state", MaxLength: 40, DefaultValue: "active"), new("inherited", ColumnType.Boolean, DefaultValue: "false"),
        ])),
    }.ToDictionary(t => t.Name, StringComparer.Ordinal);

    public static bool IsTicketTable(string table) => table is Incident or ChangeRequest;

    public static IEnumerable<ColumnDef> Sys() =>
    [
        new("sys_id", MaxLength: 32), new("sys_created_on", ColumnType.DateTime), new("sys_updated_on", ColumnType.DateTime),
        new("sys_created_by", MaxLength: 40), new("sys_updated_by", MaxLength: 40), new("sys_mod_count", ColumnType.Integer, DefaultValue: "0"),
    ];
}
