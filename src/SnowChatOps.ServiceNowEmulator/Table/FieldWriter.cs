using System.Globalization;
using System.Text.RegularExpressions;
using SnowChatOps.ServiceNowEmulator.Data;

namespace SnowChatOps.ServiceNowEmulator.Table;

/// <summary>
/// Applies client-supplied values the way the Table API does: unknown fields and sys_* fields are ignored,
/// strings are silently truncated to the column's max length, invalid choice values are dropped.
/// </summary>
internal static partial class FieldWriter
{
    public static List<(string Column, string Text)> Apply(TableDef table, Row row, IReadOnlyDictionary<string, string> input, bool isInsert)
    {
        var journal = new List<(string, string)>();
        foreach (var (name, value) in input)
        {
            if (table.Find(name) is not { } column || !IsWritable(name, value, isInsert))
            {
                continue;
            }

            if (column.Type is ColumnType.Journal)
            {
                if (value.Length > 0)
                {
                    journal.Add((name, value));
                }

                continue;
            }

            if (Normalize(column, value) is { } stored)
            {
                row[name] = stored;
            }
        }

        return journal;
    }

    private static bool IsWritable(string name, string value, bool isInsert) =>
        !name.StartsWith("sys_", StringComparison.Ordinal) || (isInsert && name == "sys_id" && SysIdPattern().IsMatch(value));

    private static string? Normalize(ColumnDef column, string value) => column.Type switch
    {
        ColumnType.Choice => value.Length == 0 || column.Choices!.ContainsKey(value) ? value : null,
        ColumnType.Boolean => value is "true" or "1" ? "true" : "false",
        ColumnType.Integer => value.Length == 0 || int.TryParse(value, CultureInfo.InvariantCulture, out _) ? value : null,
        ColumnType.DateTime => value.Length == 0 || SnowTime.TryParse(value, out _) ? value : "",
        _ => value.Length > column.MaxLength ? value[..column.MaxLength] : value,
    };

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex SysIdPattern();
}
