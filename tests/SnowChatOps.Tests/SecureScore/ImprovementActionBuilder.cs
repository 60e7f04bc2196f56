using SnowChatOps.Bot.SecureScore;

namespace SnowChatOps.Tests.SecureScore;

/// <summary>Test data with defaults; a test states only what matters (<c>Actions.Action("X").Scoring(5)</c>).</summary>
internal static class Actions
{
    public static ImprovementAction Action(string id) => new(
        Id: id,
        Title: $"Title of {id}",
        Category: ActionCategory.Identity,
        ActionType: "Config",
        Service: "AzureAD",
        MaxScore: 1,
        Rank: 1,
        Tier: "Core",
        UserImpact: "Low",
        ImplementationCost: "Low",
        Threats: [],
        Remediation: "Do the thing.",
        RemediationImpact: "None.",
        ActionUrl: new Uri($"https://security.microsoft.com/securescore?actionId={id}"),
        Deprecated: false);

    public static ImprovementAction Scoring(this ImprovementAction action, double maxScore, int rank = 1) =>
        action with { MaxScore = maxScore, Rank = rank };

    public static ImprovementAction In(this ImprovementAction action, ActionCategory category) =>
        action with { Category = category };

    public static ImprovementAction Titled(this ImprovementAction action, string title) => action with { Title = title };

    public static ImprovementAction AsDeprecated(this ImprovementAction action) => action with { Deprecated = true };
}
