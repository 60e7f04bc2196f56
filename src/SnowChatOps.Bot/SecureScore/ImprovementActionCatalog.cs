namespace SnowChatOps.Bot.SecureScore;

/// <summary>
/// What features call to list and find improvement actions. Deprecated actions never come out of here;
/// order is "top by score impact": MaxScore descending, then Rank ascending, then Id for a stable order.
/// </summary>
internal sealed class ImprovementActionCatalog(IImprovementActionSource source)
{
    public async Task<ImprovementActionPage> SearchAsync(
        string tenantId, ImprovementActionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.PageIndex);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.PageSize, ImprovementActionQuery.MaxPageSize);

        var all = await source.GetAllAsync(tenantId, cancellationToken);
        var terms = SplitTerms(query.Search);
        var matching = all
            .Where(a => !a.Deprecated)
            .Where(a => query.Category is null || a.Category == query.Category)
            .Where(a => terms.All(term => Matches(a, term)))
            .OrderByDescending(a => a.MaxScore)
            .ThenBy(a => a.Rank)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        var items = matching.Skip(query.PageIndex * query.PageSize).Take(query.PageSize).ToList();
        return new ImprovementActionPage(items, matching.Count, query.PageIndex, query.PageSize);
    }

    /// <returns>The action with this id (case-insensitive, as Graph ids are), or null when unknown or deprecated.</returns>
    public async Task<ImprovementAction?> FindAsync(string tenantId, string actionId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actionId);

        var all = await source.GetAllAsync(tenantId, cancellationToken);
        return all.FirstOrDefault(a => !a.Deprecated && string.Equals(a.Id, actionId.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    private static string[] SplitTerms(string? search) =>
        string.IsNullOrWhiteSpace(search)
            ? []
            : search.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool Matches(ImprovementAction action, string term) =>
        action.Title.Contains(term, StringComparison.OrdinalIgnoreCase)
        || action.Id.Contains(term, StringComparison.OrdinalIgnoreCase)
        || action.Service.Contains(term, StringComparison.OrdinalIgnoreCase)
        || action.Category.ToString().Contains(term, StringComparison.OrdinalIgnoreCase);
}
