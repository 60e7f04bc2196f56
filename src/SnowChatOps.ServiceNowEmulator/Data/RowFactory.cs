namespace SnowChatOps.ServiceNowEmulator.Data;

/// <summary>Builds a new row with every column present (defaults or empty) and the sys_* audit fields set.</summary>
internal sealed class RowFactory(TimeProvider time)
{
    public Row NewRow(TableDef table, string createdBy, Row? values = null)
    {
        var now = time.Now();
        var row = table.Columns.ToDictionary(c => c.Name, c => c.DefaultValue ?? "", StringComparer.Ordinal);
        row["sys_id"] = Guid.NewGuid().ToString("N");
        row["sys_created_on"] = now;
        row["sys_updated_on"] = now;
        row["sys_created_by"] = createdBy;
        row["sys_updated_by"] = createdBy;
        row["sys_mod_count"] = "0";
        foreach (var (key, value) in values ?? [])
        {
            row[key] = value;
        }

        return row;
    }
}
