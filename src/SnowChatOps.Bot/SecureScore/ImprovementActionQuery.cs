namespace SnowChatOps.Bot.SecureScore;

/// <summary>What a feature asks the catalog for: an optional category, free text, and a page.</summary>
/// <param name="Search">Words that must all appear (case-insensitive) in the title, id, service or category.</param>
/// <param name="PageIndex">Zero-based page number.</param>
internal sealed record ImprovementActionQuery(
    ActionCategory? Category = null,
    string? Search = null,
    int PageIndex = 0,
    int PageSize = ImprovementActionQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 50;
}
