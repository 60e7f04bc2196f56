namespace SnowChatOps.Bot.SecureScore;

/// <summary>One page of improvement actions, ordered by score impact (MaxScore descending, then Rank).</summary>
internal sealed record ImprovementActionPage(
    IReadOnlyList<ImprovementAction> Items,
    int TotalCount,
    int PageIndex,
    int PageSize)
{
    public bool HasMore => (long)(PageIndex + 1) * PageSize < TotalCount;
}
