using SnowChatOps.Bot.SecureScore;

namespace SnowChatOps.Bot.Sharing.Form;

/// <summary>
/// The form's default priority (the user may change it). Points at stake decide the band - maxScore &gt;= 9:
/// 1 Critical, &gt;= 6: 2 High, &gt;= 3: 3 Moderate, &gt;= 1: 4 Low, else 5 Planning - and Microsoft's top ten
/// ranked actions move up one step. docs/sharing.md documents the rule.
/// </summary>
internal static class PriorityRule
{
    public const int TopRank = 10;

    public static int For(ImprovementAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var priority = action.MaxScore switch
        {
            >= 9 => 1,
            >= 6 => 2,
            >= 3 => 3,
            >= 1 => 4,
            _ => 5,
        };
        return action.Rank is > 0 and <= TopRank ? Math.Max(1, priority - 1) : priority;
    }
}
