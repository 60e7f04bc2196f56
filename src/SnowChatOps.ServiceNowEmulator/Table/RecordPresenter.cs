using System.Text;
using System.Text.Json.Nodes;
using SnowChatOps.ServiceNowEmulator.Data;

namespace SnowChatOps.ServiceNowEmulator.Table;

/// <summary>Renders a row as the Table API does: strings only, references as {link,value}, display values on request.</summary>
internal sealed class RecordPresenter(RecordStore store)
{
    public JsonObject Present(TableDef table, Row row, PresentOptions options, SnowUser viewer)
    {
        var result = new JsonObject();
        var columns = options.Fields is null
            ? table.Columns
            : options.Fields.Select(table.Find).OfType<ColumnDef>();
        foreach (var column in columns)
        {
            // A field the caller may not read is left out, as a real instance does (not returned as "").
            if (TableAcl.CanReadField(viewer, column))
            {
                result[column.Name] = Render(table, row, column, options);
            }
        }

        return result;
    }

    private JsonNode? Render(TableDef table, Row row, ColumnDef column, PresentOptions options)
    {
        var value = column.Type is ColumnType.Journal ? "" : row.GetValueOrDefault(column.Name, "");
        var link = column.Type is ColumnType.Reference && value.Length > 0 && !options.ExcludeReferenceLink
            ? options.RecordUrl(column.ReferenceTable!, value)
            : null;
        if (options.Mode is DisplayMode.Value)
        {
            return link is null ? value : new JsonObject { ["link"] = link, ["value"] = value };
        }

        var display = DisplayOf(table, row, column, value);
        if (options.Mode is DisplayMode.Display)
        {
            return link is null ? display : new JsonObject { ["display_value"] = display, ["link"] = link };
        }

        var pair = new JsonObject { ["display_value"] = display };
        if (link is not null)
        {
            pair["link"] = link;
        }

        pair["value"] = value;
        return pair;
    }

    private string DisplayOf(TableDef table, Row row, ColumnDef column, string value) => column.Type switch
    {
        ColumnType.Choice => column.Choices!.GetValueOrDefault(value, value),
        ColumnType.Reference when value.Length > 0 => ReferenceDisplay(column.ReferenceTable!, value),
        ColumnType.Journal => JournalDisplay(table.Name, row["sys_id"], column.Name),
        _ => value,
    };

    // A table the emulator does not hold (sys_user_group: "global") displays its key, as the domain reference does.
    private string ReferenceDisplay(string table, string sysId) => Schemas.All.ContainsKey(table) ? store.Get(table, sysId) switch
    {
        null => "",
        var target when target.TryGetValue("number", out var number) => number,
        var target => target.GetValueOrDefault("name", sysId),
    } : sysId;

    private string JournalDisplay(string table, string sysId, string element)
    {
        var text = new StringBuilder();
        var entries = store.List(Schemas.Journal)
            .Where(j => j["element_id"] == sysId && j["element"] == element && j["name"] == table)
            .Reverse();
        foreach (var entry in entries)
        {
            var label = element == "work_notes" ? "Work notes" : "Additional comments";
            text.Append(entry["sys_created_on"]).Append(" - ").Append(AuthorName(entry["sys_created_by"]))
                .Append(" (").Append(label).Append(")\n").Append(entry["value"]).Append("\n\n");
        }

        return text.ToString();
    }

    // Journal headers name the author by display name ("System Administrator"), not by user name.
    private string AuthorName(string userName) =>
        store.List(Schemas.User).FirstOrDefault(u => u["user_name"] == userName)?.GetValueOrDefault("name") is { Length: > 0 } name ? name : userName;
}
