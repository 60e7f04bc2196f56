namespace SnowChatOps.Bot.ServiceNow;

/// <summary>
/// The task columns SnowChatOps writes and queries (manifest/dictionary/task_custom_fields.json). Without them a real
/// instance silently drops the writes and ignores query terms that name them.
/// </summary>
internal static class CustomColumns
{
    public const string Table = "task";
    public const string Prefix = "u_m365_";

    public static readonly IReadOnlyList<string> All =
        ["u_m365_initiated_by", "u_m365_recommendation_source", "u_m365_recommendation_category", "u_m365_action_id"];
}
