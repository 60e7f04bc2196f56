namespace SnowChatOps.ServiceNowEmulator.Data;

/// <summary>
/// The task columns of incident and change_request, with the defaults a stock instance gives a new record
/// (checked against captured records: see tests/SnowChatOps.IntegrationTests/Emulator/Conformance/README.md).
/// </summary>
internal static class TaskColumns
{
    /// <summary>Our custom columns (manifest/dictionary/task_custom_fields.json); they exist only while sys_dictionary has them.</summary>
    public const string CustomPrefix = "u_m365_";

    public static readonly IReadOnlyList<string> CustomColumns =
        ["u_m365_initiated_by", "u_m365_recommendation_source", "u_m365_recommendation_category", "u_m365_action_id"];

    private static readonly Dictionary<string, string> Priorities = new()
    {
        ["1"] = "1 - Critical", ["2"] = "2 - High", ["3"] = "3 - Moderate", ["4"] = "4 - Low", ["5"] = "5 - Planning",
    };

    private static readonly Dictionary<string, string> ImpactUrgency = new()
    {
        ["1"] = "1 - High", ["2"] = "2 - Medium", ["3"] = "3 - Low",
    };

    private static readonly Dictionary<string, string> Risks = new()
    {
        ["1"] = "Very High", ["2"] = "High", ["3"] = "Moderate", ["4"] = "Low",
    };

    // Stock incident.hold_reason choices (shown and mandatory in the UI only when state is On Hold: a UI policy).
    private static readonly Dictionary<string, string> HoldReasons = new()
    {
        ["1"] = "Awaiting Caller", ["5"] = "Awaiting Change", ["3"] = "Awaiting Problem", ["4"] = "Awaiting Vendor",
    };

    public static IEnumerable<ColumnDef> Incident() => Task(Schemas.Incident, Schemas.IncidentStates, "1", "5", "inquiry").Concat(
    [
        new("hold_reason", ColumnType.Choice, Choices: HoldReasons),
        new("caller_id", ColumnType.Reference, 32, Schemas.User),
        new("incident_state", ColumnType.Choice, Choices: Schemas.IncidentStates, DefaultValue: "1"),
        new("subcategory", MaxLength: 40), new("resolved_at", ColumnType.DateTime), new("closed_at", ColumnType.DateTime),
    ]);

    public static IEnumerable<ColumnDef> ChangeRequest() => Task(Schemas.ChangeRequest, Schemas.ChangeStates, "-5", "4", "Other").Concat(
    [
        new("type", DefaultValue: "normal", MaxLength: 40), new("risk", ColumnType.Choice, Choices: Risks, DefaultValue: "3"),
        new("phase", MaxLength: 40, DefaultValue: "requested"), new("start_date", ColumnType.DateTime), new("end_date", ColumnType.DateTime),
        new("requested_by", ColumnType.Reference, 32, Schemas.User), new("closed_at", ColumnType.DateTime),
    ]);

    private static IEnumerable<ColumnDef> Task(string table, IReadOnlyDictionary<string, string> states, string defaultState, string defaultPriority, string defaultCategory) =>
        Schemas.Sys().Concat(
        [
            new("sys_class_name", MaxLength: 80, DefaultValue: table),
            new("sys_domain", ColumnType.Reference, 32, Schemas.UserGroup, DefaultValue: "global"),
            new("number", MaxLength: 40), new("short_description", MaxLength: 160), new("description", MaxLength: 4000),
            new("state", ColumnType.Choice, Choices: states, DefaultValue: defaultState),
            new("priority", ColumnType.Choice, Choices: Priorities, DefaultValue: defaultPriority),
            new("impact", ColumnType.Choice, Choices: ImpactUrgency, DefaultValue: "3"),
            new("urgency", ColumnType.Choice, Choices: ImpactUrgency, DefaultValue: "3"),
            new("due_date", ColumnType.DateTime), new("category", MaxLength: 40, DefaultValue: defaultCategory),
            new("active", ColumnType.Boolean, DefaultValue: "true"), new("approval", MaxLength: 40, DefaultValue: "not requested"),
            new("opened_by", ColumnType.Reference, 32, Schemas.User), new("opened_at", ColumnType.DateTime),
            new("assigned_to", ColumnType.Reference, 32, Schemas.User), new("assignment_group", ColumnType.Reference, 32, Schemas.UserGroup),
            new("close_code", MaxLength: 40), new("close_notes", MaxLength: 4000),
            new("correlation_id", MaxLength: 100), new("correlation_display", MaxLength: 100),
            new("work_notes", ColumnType.Journal, 4000), new("comments", ColumnType.Journal, 4000),
            new("u_m365_initiated_by", MaxLength: 255), new("u_m365_recommendation_source", MaxLength: 40),
            new("u_m365_recommendation_category", MaxLength: 40), new("u_m365_action_id", MaxLength: 100),
        ]);
}
