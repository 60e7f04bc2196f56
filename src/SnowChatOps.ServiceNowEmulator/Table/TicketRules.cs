using SnowChatOps.ServiceNowEmulator.Data;

namespace SnowChatOps.ServiceNowEmulator.Table;

/// <summary>The stock business rules and data policies the emulator reproduces on incident and change_request.</summary>
internal static class TicketRules
{
    // Stock incident priority lookup: impact (row) x urgency (column).
    private static readonly string[,] PriorityMatrix = { { "1", "2", "3" }, { "2", "3", "4" }, { "3", "4", "5" } };

    /// <summary>Derived fields: priority, active, incident_state, resolved_at and closed_at (stamped with <paramref name="now"/> on entry).</summary>
    public static void Apply(TableDef table, Row row, string now)
    {
        if (table.Name == Schemas.Incident)
        {
            row["priority"] = DerivePriority(row["impact"], row["urgency"]);
            row["active"] = row["state"] is "7" or "8" ? "false" : "true";
            row["incident_state"] = row["state"];
            Stamp(row, "resolved_at", row["state"] is "6" or "7", now);
            Stamp(row, "closed_at", row["state"] is "7" or "8", now);
        }
        else if (table.Name == Schemas.ChangeRequest)
        {
            row["active"] = row["state"] is "3" or "4" ? "false" : "true";
            Stamp(row, "closed_at", row["state"] is "3" or "4", now);
        }
    }

    private static void Stamp(Row row, string column, bool reached, string now)
    {
        if (!reached)
        {
            row[column] = "";
        }
        else if (string.IsNullOrEmpty(row.GetValueOrDefault(column)))
        {
            row[column] = now;
        }
    }

    public static string DerivePriority(string impact, string urgency) =>
        int.TryParse(impact, out var i) && int.TryParse(urgency, out var u) && i is >= 1 and <= 3 && u is >= 1 and <= 3
            ? PriorityMatrix[i - 1, u - 1]
            : "5";

    /// <summary>Incident data policy: resolving or closing needs a resolution code and notes.</summary>
    public static IResult? CheckDataPolicy(TableDef table, Row row)
    {
        if (table.Name != Schemas.Incident || row["state"] is not ("6" or "7"))
        {
            return null;
        }

        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(row["close_code"]))
        {
            missing.Add("Resolution code");
        }

        if (string.IsNullOrWhiteSpace(row["close_notes"]))
        {
            missing.Add("Resolution notes");
        }

        return missing.Count == 0
            ? null
            : SnowErrors.Error(StatusCodes.Status403Forbidden, "Operation Failed",
                $"Data Policy Exception: \n\tThe following fields are mandatory: {string.Join(", ", missing)}\n");
    }
}
