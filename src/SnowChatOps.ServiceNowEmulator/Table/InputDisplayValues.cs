using SnowChatOps.ServiceNowEmulator.Data;

namespace SnowChatOps.ServiceNowEmulator.Table;

/// <summary>
/// <c>sysparm_input_display_value=true</c>: the client writes display values, which the platform turns into stored
/// values (a choice label such as <c>"1 - High"</c> into <c>"1"</c>, a user's name into its sys_id). Values that
/// match no display value are passed on unchanged (and then validated as stored values).
/// </summary>
internal static class InputDisplayValues
{
    public static IReadOnlyDictionary<string, string> Resolve(HttpRequest request, TableDef table, Dictionary<string, string> fields, RecordStore store)
    {
        if (!request.Query["sysparm_input_display_value"].ToString().Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return fields;
        }

        return fields.ToDictionary(f => f.Key, f => table.Find(f.Key) is { } column ? ToStored(column, f.Value, store) : f.Value, StringComparer.Ordinal);
    }

    private static string ToStored(ColumnDef column, string display, RecordStore store) => column switch
    {
        { Type: ColumnType.Choice, Choices: { } choices } =>
            choices.FirstOrDefault(c => c.Value.Equals(display, StringComparison.OrdinalIgnoreCase)).Key ?? display,
        { Type: ColumnType.Reference, ReferenceTable: Schemas.User } =>
            store.List(Schemas.User).FirstOrDefault(u => u.GetValueOrDefault("name") == display)?["sys_id"] ?? display,
        _ => display,
    };
}
