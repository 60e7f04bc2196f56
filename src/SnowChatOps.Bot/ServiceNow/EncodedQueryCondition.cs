namespace SnowChatOps.Bot.ServiceNow;

/// <summary>The operator half of an <see cref="EncodedQuery"/> condition: <c>Where("state").Is("1")</c>.</summary>
internal sealed class EncodedQueryCondition
{
    private readonly EncodedQuery query;
    private readonly string field;
    private readonly string joiner;

    internal EncodedQueryCondition(EncodedQuery query, string field, string joiner)
    {
        this.query = query;
        this.field = field;
        this.joiner = joiner;
    }

    public EncodedQuery Is(string value) => Add("=", EncodedQuery.EscapeValue(value));

    public EncodedQuery IsNot(string value) => Add("!=", EncodedQuery.EscapeValue(value));

    public EncodedQuery StartsWith(string value) => Add("STARTSWITH", EncodedQuery.EscapeValue(value));

    /// <summary><c>&gt;=</c>; ServiceNow compares dates in their stored <c>yyyy-MM-dd HH:mm:ss</c> form.</summary>
    public EncodedQuery AtLeast(string value) => Add(">=", EncodedQuery.EscapeValue(value));

    public EncodedQuery Like(string value) => Add("LIKE", EncodedQuery.EscapeValue(value));

    public EncodedQuery IsEmpty() => Add("ISEMPTY", string.Empty);

    public EncodedQuery IsNotEmpty() => Add("ISNOTEMPTY", string.Empty);

    /// <summary>ServiceNow separates IN values with commas and has no escape for a comma, so such values are refused.</summary>
    public EncodedQuery In(params IEnumerable<string> values) => AddList("IN", values);

    public EncodedQuery NotIn(params IEnumerable<string> values) => AddList("NOT IN", values);

    private EncodedQuery AddList(string op, IEnumerable<string> values)
    {
        var list = values.ToList();
        if (list.Count == 0 || list.Any(v => v is null || v.Contains(',', StringComparison.Ordinal)))
        {
            throw new ArgumentException("IN needs at least one value and values cannot contain commas.", nameof(values));
        }

        return Add(op, string.Join(',', list.Select(EncodedQuery.EscapeValue)));
    }

    private EncodedQuery Add(string op, string value) => query.Append(joiner + field + op + value);
}
