using System.Text;
using System.Text.RegularExpressions;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.MessageExtension.Search;

/// <summary>
/// What the compose box asked for: nothing (the initial run: recent tickets of this conversation), one ticket by
/// its number (INC0010001, CHG0030001), or words from the title. The text is bounded, control characters and
/// carets are removed and whitespace collapsed before anything else sees it: a <c>^</c> joins conditions in an
/// encoded query, and although <see cref="EncodedQuery"/> doubles it (<c>^^</c>), a search never needs one, so
/// dropping it keeps user text from ever reaching the query grammar.
/// </summary>
internal sealed partial record TicketSearchQuery(TicketSearchKind Kind, string Text, TicketTable? Table)
{
    public const int MaxLength = 100;

    public static TicketSearchQuery Recent { get; } = new(TicketSearchKind.Recent, string.Empty, null);

    public static TicketSearchQuery Parse(string? input)
    {
        var text = Clean(input);
        if (text.Length == 0)
        {
            return Recent;
        }

        var number = NumberPattern().Match(text);
        if (number.Success)
        {
            var table = number.Groups[1].Value.Equals("INC", StringComparison.OrdinalIgnoreCase) ? TicketTable.Incident : TicketTable.ChangeRequest;
            return new(TicketSearchKind.Number, text.ToUpperInvariant(), table);
        }

        return new(TicketSearchKind.Words, text, null);
    }

    /// <summary>The condition for one table, newest first.</summary>
    public EncodedQuery ToQuery() => Kind switch
    {
        TicketSearchKind.Number => EncodedQuery.Empty.Where("number").Is(Text),
        TicketSearchKind.Words => EncodedQuery.Empty.Where("short_description").Like(Text).OrderByDesc("sys_created_on"),
        _ => throw new InvalidOperationException("The recent tickets come from the tracked-ticket store, not a ServiceNow query."),
    };

    private static string Clean(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(Math.Min(input.Length, MaxLength));
        var space = false;
        foreach (var c in input.Trim())
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '^')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
            if (builder.Length >= MaxLength)
            {
                break;
            }
        }

        return builder.ToString().Trim();
    }

    [GeneratedRegex("^(INC|CHG)[0-9]{7,10}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex NumberPattern();
}
