using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.SecureScore;

namespace SnowChatOps.Bot.Sharing.Browse;

/// <summary>
/// What the <c>actions</c> card shows. Typed: <c>actions [category | search words]</c>. Card: the filter button
/// sends the inputs; paging buttons carry the whole query in their argument so unsaved input edits do not leak in.
/// </summary>
internal sealed record BrowseQuery(ActionCategory? Category, string? Search, int Page)
{
    public const string CategoryInput = "filterCategory";
    public const string SearchInput = "filterSearch";

    /// <summary>The "All categories" choice (Adaptive Cards require a non-empty choice value); it parses as no filter.</summary>
    public const string AllCategories = "all";
    private const int MaxSearchLength = 100;

    public static BrowseQuery From(CommandInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!input.FromCard)
        {
            var text = input.Argument.Trim();
            return ParseCategory(text) is { } category ? new(category, null, 0) : new(null, Clean(text), 0);
        }

        if (input.Argument.Length == 0)
        {
            return new(ParseCategory(input.Input(CategoryInput)), Clean(input.Input(SearchInput)), 0);
        }

        var values = QueryHelpers.ParseQuery(input.Argument);
        var page = int.TryParse(values.GetValueOrDefault("p").ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0;
        return new(ParseCategory(values.GetValueOrDefault("c").ToString()), Clean(values.GetValueOrDefault("q").ToString()), Math.Min(page, 1000));
    }

    public string ToArg(int page)
    {
        var query = QueryString.Create("p", page.ToString(CultureInfo.InvariantCulture));
        query = Category is { } c ? query.Add("c", c.ToString()) : query;
        query = Search is { } s ? query.Add("q", s) : query;
        return query.ToUriComponent().TrimStart('?');
    }

    public ImprovementActionQuery ToCatalogQuery(int pageSize) => new(Category, Search, Page, pageSize);

    /// <summary>Category names as shown (Graph's singular "Device" is accepted too).</summary>
    private static ActionCategory? ParseCategory(string? text) =>
        string.Equals(text, "device", StringComparison.OrdinalIgnoreCase) ? ActionCategory.Devices
        : Enum.GetNames<ActionCategory>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse<ActionCategory>(name)
            : null;

    private static string? Clean(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        return trimmed.Length == 0 ? null : trimmed[..Math.Min(trimmed.Length, MaxSearchLength)];
    }
}
