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

    public static readonly IReadOnlyDictionary<string, string> IncidentStates = new Dictionary<string, string>
    {
        ["1"] = "New", ["2"] = "In Progress", ["3"] = "On Hold", ["6"] = "Resolved", ["7"] = "Closed", ["8"] = "Canceled",
    };

    public static readonly IReadOnlyDictionary<string, string> ChangeStates = new Dictionary<string, string>
    {
        ["-5"] = "New", ["-4"] = "Assess", ["-3"] = "Authorize", ["-2"] = "Scheduled", ["-1"] = "Implement",
        ["0"] = "Review", ["3"] = "Closed", ["4"] = "Canceled",
    };

    private static readonly Dictionary<string, string> Priorities = new()
    {
        ["1"] = "1 - Critical", ["2"] = "2 - High", ["3"] = "3 - Moderate", ["4"] = "4 - Low", ["5"] = "5 - Planning",
    };

    private static readonly Dictionary<string, string> ImpactUrgency = new()
    {
        ["1"] = "1 - High", ["2"] = "2 - Medium", ["3"] = "3 - Low",
    };

    public static readonly IReadOnlyDictionary<string, TableDef> All = new[]
    {
        new TableDef(Incident, Task(IncidentStates, "1", "5").Append(new("caller_id", ColumnType.Reference, 32, User)), "INC", 10001),
        new TableDef(ChangeRequest, Task(ChangeStates, "-5", "4").Append(new("type", DefaultValue: "normal", MaxLength: 40)), "CHG", 30001),
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
        ])),
        new TableDef(Journal, Sys().Concat(
            [new("element_id", MaxLength: 32), new("element", MaxLength: 40), new("name", MaxLength: 80), new("value", ColumnType.String, 4000)])),
    }.ToDictionary(t => t.Name, StringComparer.Ordinal);

    public static bool IsTicketTable(string table) => table is Incident or ChangeRequest;

    private static IEnumerable<ColumnDef> Sys() =>
    [
        new("sys_id", MaxLength: 32), new("sys_created_on", ColumnType.DateTime), new("sys_updated_on", ColumnType.DateTime),
        new("sys_created_by", MaxLength: 40), new("sys_updated_by", MaxLength: 40), new("sys_mod_count", ColumnType.Integer, DefaultValue: "0"),
    ];

    private static IEnumerable<ColumnDef> Task(IReadOnlyDictionary<string, string> states, string defaultState, string defaultPriority) => Sys().Concat(
    [
        new("number", MaxLength: 40), new("short_description", MaxLength: 160), new("description", MaxLength: 4000),
        new("state", ColumnType.Choice, Choices: states, DefaultValue: defaultState),
        new("priority", ColumnType.Choice, Choices: Priorities, DefaultValue: defaultPriority),
        new("impact", ColumnType.Choice, Choices: ImpactUrgency, DefaultValue: "3"),
        new("urgency", ColumnType.Choice, Choices: ImpactUrgency, DefaultValue: "3"),
        new("due_date", ColumnType.DateTime), new("category", MaxLength: 40), new("active", ColumnType.Boolean, DefaultValue: "true"),
        new("opened_by", ColumnType.Reference, 32, User), new("opened_at", ColumnType.DateTime),
        new("assigned_to", ColumnType.Reference, 32, User), new("close_code", MaxLength: 40), new("close_notes", MaxLength: 4000),
        new("correlation_id", MaxLength: 100), new("correlation_display", MaxLength: 100),
        new("work_notes", ColumnType.Journal, 4000), new("comments", ColumnType.Journal, 4000),
        new("u_m365_initiated_by", MaxLength: 255), new("u_m365_recommendation_source", MaxLength: 40),
        new("u_m365_recommendation_category", MaxLength: 40), new("u_m365_action_id", MaxLength: 100),
    ]);
}
