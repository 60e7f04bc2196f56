using System.Globalization;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tickets;

namespace SnowChatOps.Bot.Tracking.Subscriptions;

/// <summary>
/// The filter form's input ids and values, and the one server-side parse of what came back: every value must be one
/// the form offers (a forged or stale card is refused as a whole, nothing is saved, nothing is echoed).
/// </summary>
internal static class SubscriptionForm
{
    public const string TypeInput = "subType";
    public const string PriorityInput = "subPriority";
    public const string StatesInput = "subStates";
    public const string CategoryInput = "subCategory";
    public const string Any = "any";
    private const int MaxStatesLength = 400;

    public static IEnumerable<string> StateKeys(TicketTable table) => TicketStates.For(table).Select(s => TicketStates.Key(table, s.Code));

    public static IReadOnlyList<string> AllStateKeys { get; } = [.. StateKeys(TicketTable.Incident), .. StateKeys(TicketTable.ChangeRequest)];

    public static bool TryParse(CommandInput input, out SubscriptionFilter filter)
    {
        ArgumentNullException.ThrowIfNull(input);
        filter = SubscriptionFilter.None;
        if (!TryTable(input.Input(TypeInput), out var table) || !TryPriority(input.Input(PriorityInput), out var priority)
            || !TryCategory(input.Input(CategoryInput), out var category) || !TryStates(input.Input(StatesInput), table, out var states))
        {
            return false;
        }

        filter = new SubscriptionFilter(table, priority, states, category);
        return true;
    }

    private static bool TryTable(string? value, out TicketTable? table)
    {
        table = null;
        return value is null or Any || TicketTableNames.TryParse(value, out table);
    }

    private static bool TryPriority(string? value, out int? priority)
    {
        priority = null;
        if (value is null or Any)
        {
            return true;
        }

        var ok = value.Length == 1 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is >= 1 and <= 5;
        priority = ok ? int.Parse(value, CultureInfo.InvariantCulture) : null;
        return ok;
    }

    private static bool TryCategory(string? value, out ActionCategory? category)
    {
        category = null;
        if (value is null or Any)
        {
            return true;
        }

        var ok = Enum.GetNames<ActionCategory>().Contains(value, StringComparer.Ordinal);
        category = ok ? Enum.Parse<ActionCategory>(value) : null;
        return ok;
    }

    // States of the other table than the one chosen could never match: refused rather than silently kept.
    private static bool TryStates(string? value, TicketTable? table, out IReadOnlyList<string> states)
    {
        states = [];
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        if (value.Length > MaxStatesLength)
        {
            return false;
        }

        var keys = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
        var allowed = table is { } only ? StateKeys(only).ToList() : AllStateKeys;
        if (!keys.All(k => allowed.Contains(k, StringComparer.Ordinal)))
        {
            return false;
        }

        states = keys.OrderBy(k => AllStateKeys.ToList().IndexOf(k)).ToList();
        return true;
    }
}
