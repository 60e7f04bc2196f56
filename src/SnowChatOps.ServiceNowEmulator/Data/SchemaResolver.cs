namespace SnowChatOps.ServiceNowEmulator.Data;

/// <summary>
/// The columns a table has right now. Our custom <c>u_m365_*</c> task columns exist only while <c>sys_dictionary</c>
/// lists them: delete their dictionary rows (as admin) and, as on an instance where the update set was never
/// committed, writes to them are dropped and query terms naming them are ignored.
/// </summary>
internal sealed class SchemaResolver(RecordStore store)
{
    public const string TaskTable = "task";

    public TableDef? Find(string table)
    {
        if (!Schemas.All.TryGetValue(table, out var def) || !Schemas.IsTicketTable(table))
        {
            return def;
        }

        var installed = InstalledCustomColumns();
        return TaskColumns.CustomColumns.All(installed.Contains)
            ? def
            : new TableDef(def.Name, def.Columns.Where(c => !c.Name.StartsWith(TaskColumns.CustomPrefix, StringComparison.Ordinal) || installed.Contains(c.Name)),
                def.NumberPrefix, def.FirstNumber);
    }

    private HashSet<string> InstalledCustomColumns() =>
        store.List(Schemas.Dictionary)
            .Where(r => r.GetValueOrDefault("name") == TaskTable && r.GetValueOrDefault("active") != "false")
            .Select(r => r.GetValueOrDefault("element", ""))
            .ToHashSet(StringComparer.Ordinal);
}
