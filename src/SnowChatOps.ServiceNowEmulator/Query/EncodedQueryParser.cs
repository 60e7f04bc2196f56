using System.Text.RegularExpressions;
using SnowChatOps.ServiceNowEmulator.Data;

namespace SnowChatOps.ServiceNowEmulator.Query;

/// <summary>Parses ServiceNow encoded queries; invalid parts are silently dropped, as the platform does by default.</summary>
internal static partial class EncodedQueryParser
{
    private static readonly string[] Operators =
        ["ISNOTEMPTY", "ISEMPTY", "NOT LIKE", "NOT IN", "STARTSWITH", "ENDSWITH", "BETWEEN", "LIKE", "IN", "!=", "<=", ">=", "=", "<", ">"];

    public static EncodedQuery Parse(string? query, TableDef table, SnowUser user)
    {
        var groups = new List<IReadOnlyList<IReadOnlyList<Condition>>>();
        var order = new List<OrderTerm>();
        foreach (var part in (query ?? "").Split("^NQ"))
        {
            var clauses = new List<List<Condition>>();
            foreach (var token in part.Split('^', StringSplitOptions.RemoveEmptyEntries))
            {
                ParseToken(token, table, user, clauses, order);
            }

            if (clauses.Count > 0)
            {
                groups.Add(clauses);
            }
        }

        return new EncodedQuery(groups, order);
    }

    private static void ParseToken(string token, TableDef table, SnowUser user, List<List<Condition>> clauses, List<OrderTerm> order)
    {
        if (token.StartsWith("ORDERBYDESC", StringComparison.Ordinal) || token.StartsWith("ORDERBY", StringComparison.Ordinal))
        {
            var descending = token.StartsWith("ORDERBYDESC", StringComparison.Ordinal);
            if (table.Find(token[(descending ? 11 : 7)..]) is { } column)
            {
                order.Add(new OrderTerm(column, descending));
            }

            return;
        }

        var isOr = token.StartsWith("OR", StringComparison.Ordinal);
        if (ParseCondition(isOr ? token[2..] : token, table, user) is not { } condition)
        {
            return;
        }

        if (isOr && clauses.Count > 0)
        {
            clauses[^1].Add(condition);
        }
        else
        {
            clauses.Add([condition]);
        }
    }

    private static Condition? ParseCondition(string term, TableDef table, SnowUser user)
    {
        var field = FieldName().Match(term).Value;
        if (field.Length == 0 || table.Find(field) is not { } column)
        {
            return null;
        }

        var rest = term[field.Length..];
        var op = Operators.FirstOrDefault(o => rest.StartsWith(o, StringComparison.Ordinal));
        if (op is null || (op is "ISEMPTY" or "ISNOTEMPTY" && rest.Length != op.Length))
        {
            return null;
        }

        return new Condition(column, op, Resolve(rest[op.Length..], user));
    }

    private static string Resolve(string value, SnowUser user) => value switch
    {
        "javascript:gs.getUserID()" => user.SysId,
        "javascript:gs.getUserName()" => user.UserName,
        _ => value,
    };

    [GeneratedRegex("^[a-z0-9_.]+")]
    private static partial Regex FieldName();
}
