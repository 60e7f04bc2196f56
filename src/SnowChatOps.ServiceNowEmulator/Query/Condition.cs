using System.Globalization;
using SnowChatOps.ServiceNowEmulator.Data;

namespace SnowChatOps.ServiceNowEmulator.Query;

/// <summary>One <c>field OP value</c> term of an encoded query.</summary>
internal sealed record Condition(ColumnDef Column, string Operator, string Value)
{
    public bool Matches(Row row)
    {
        var actual = row.GetValueOrDefault(Column.Name, "");
        return Operator switch
        {
            "=" => Equal(actual, Value),
            "!=" => !Equal(actual, Value),
            "<" => Compare(actual, Value) is < 0,
            ">" => Compare(actual, Value) is > 0,
            "<=" => Compare(actual, Value) is <= 0,
            ">=" => Compare(actual, Value) is >= 0,
            "IN" => Value.Split(',').Any(v => Equal(actual, v)),
            "NOT IN" => !Value.Split(',').Any(v => Equal(actual, v)),
            "LIKE" => actual.Contains(Value, StringComparison.OrdinalIgnoreCase),
            "NOT LIKE" => !actual.Contains(Value, StringComparison.OrdinalIgnoreCase),
            "STARTSWITH" => actual.StartsWith(Value, StringComparison.OrdinalIgnoreCase),
            "ENDSWITH" => actual.EndsWith(Value, StringComparison.OrdinalIgnoreCase),
            "ISEMPTY" => actual.Length == 0,
            "ISNOTEMPTY" => actual.Length > 0,
            "BETWEEN" => Between(actual),
            _ => true,
        };
    }

    private bool Between(string actual)
    {
        var bounds = Value.Split('@');
        return bounds.Length == 2 && Compare(actual, bounds[0]) is >= 0 && Compare(actual, bounds[1]) is <= 0;
    }

    private bool Equal(string actual, string expected) =>
        Column.IsNumeric && Number(actual) is { } a && Number(expected) is { } e
            ? a == e
            : string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase);

    /// <summary>Null when the two values cannot be compared (an empty or non-numeric value on a numeric column).</summary>
    private int? Compare(string actual, string expected) => Column.IsNumeric
        ? Number(actual) is { } a && Number(expected) is { } e ? a.CompareTo(e) : null
        : actual.Length == 0 ? null : string.Compare(actual, expected, StringComparison.OrdinalIgnoreCase);

    internal static decimal? Number(string value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;
}
