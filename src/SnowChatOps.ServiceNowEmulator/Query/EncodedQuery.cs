using SnowChatOps.ServiceNowEmulator.Data;

namespace SnowChatOps.ServiceNowEmulator.Query;

/// <summary>
/// A parsed <c>sysparm_query</c>: <c>^NQ</c> groups (OR-ed) of AND-ed clauses, each clause a set of <c>^OR</c>
/// alternatives, plus ordering. Terms naming unknown fields or operators were dropped at parse time.
/// </summary>
internal sealed class EncodedQuery(IReadOnlyList<IReadOnlyList<IReadOnlyList<Condition>>> groups, IReadOnlyList<OrderTerm> order)
{
    public bool Matches(Row row) =>
        groups.Count == 0 || groups.Any(g => g.All(clause => clause.Any(c => c.Matches(row))));

    public IEnumerable<Row> Apply(IEnumerable<Row> rows)
    {
        var filtered = rows.Where(Matches);
        if (order.Count == 0)
        {
            return filtered;
        }

        IOrderedEnumerable<Row>? sorted = null;
        foreach (var term in order)
        {
            var comparer = new ColumnComparer(term.Column);
            sorted = sorted is null
                ? term.Descending ? filtered.OrderByDescending(r => r, comparer) : filtered.OrderBy(r => r, comparer)
                : term.Descending ? sorted.ThenByDescending(r => r, comparer) : sorted.ThenBy(r => r, comparer);
        }

        return sorted!;
    }

    private sealed class ColumnComparer(ColumnDef column) : IComparer<Row>
    {
        public int Compare(Row? x, Row? y)
        {
            var a = x?.GetValueOrDefault(column.Name, "") ?? "";
            var b = y?.GetValueOrDefault(column.Name, "") ?? "";
            return column.IsNumeric && Condition.Number(a) is { } na && Condition.Number(b) is { } nb
                ? na.CompareTo(nb)
                : string.Compare(a, b, StringComparison.OrdinalIgnoreCase);
        }
    }
}
