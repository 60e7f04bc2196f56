using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace SnowChatOps.Bot.ServiceNow;

/// <summary>
/// An immutable ServiceNow encoded query (<c>sysparm_query</c>). Field names are validated; values have
/// <c>^</c> doubled to <c>^^</c>, which is how ServiceNow reads a literal caret inside a value.
/// </summary>
internal sealed partial class EncodedQuery
{
    private readonly ImmutableList<string> conditions;
    private readonly ImmutableList<string> ordering;

    private EncodedQuery(ImmutableList<string> conditions, ImmutableList<string> ordering)
    {
        this.conditions = conditions;
        this.ordering = ordering;
    }

    public static EncodedQuery Empty { get; } = new([], []);

    public bool IsEmpty => conditions.IsEmpty && ordering.IsEmpty;

    /// <summary>Starts a condition joined to the previous ones with AND (<c>^</c>).</summary>
    public EncodedQueryCondition Where(string field) => new(this, ValidField(field), conditions.IsEmpty ? string.Empty : "^");

    /// <summary>Starts a condition joined to the previous one with OR (<c>^OR</c>).</summary>
    public EncodedQueryCondition Or(string field) =>
        conditions.IsEmpty
            ? throw new InvalidOperationException("An OR condition needs a condition before it.")
            : new(this, ValidField(field), "^OR");

    public EncodedQuery OrderBy(string field) => new(conditions, ordering.Add("ORDERBY" + ValidField(field)));

    public EncodedQuery OrderByDesc(string field) => new(conditions, ordering.Add("ORDERBYDESC" + ValidField(field)));

    public override string ToString()
    {
        var where = string.Concat(conditions);
        var order = string.Join('^', ordering);
        return where.Length == 0 ? order : order.Length == 0 ? where : where + "^" + order;
    }

    internal EncodedQuery Append(string joinedCondition) => new(conditions.Add(joinedCondition), ordering);

    internal static string EscapeValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Replace("^", "^^", StringComparison.Ordinal);
    }

    private static string ValidField(string field) =>
        field is not null && FieldPattern().IsMatch(field)
            ? field
            : throw new ArgumentException($"'{field}' is not a valid ServiceNow field name.", nameof(field));

    [GeneratedRegex("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$", RegexOptions.CultureInvariant, 200)]
    private static partial Regex FieldPattern();
}
