using SnowChatOps.Bot.SecureScore;

namespace SnowChatOps.TestSupport.Fakes;

/// <summary>Improvement actions the sharing tests browse: 12 across categories, ordered by score.</summary>
internal static class SharingActions
{
    public static readonly ImprovementAction AdminMfa = Action("AdminMFAV2", "Require MFA for administrative roles", ActionCategory.Identity, 10, 1)
        with { RemediationImpact = "Admins are prompted for a second factor.", Threats = ["AccountBreach", "PasswordCracking"] };

    public static readonly ImprovementAction DeviceEncryption = Action("DeviceEncryption", "Encrypt all managed devices", ActionCategory.Devices, 5, 40);

    public static ImprovementAction[] All { get; } =
    [
        AdminMfa,
        DeviceEncryption,
        .. Enumerable.Range(1, 10).Select(i => Action($"Control{i:D2}", $"Data control {i:D2}", ActionCategory.Data, 4 - (i * 0.1), 50 + i)),
    ];

    private static ImprovementAction Action(string id, string title, ActionCategory category, double maxScore, int rank) => new(
        Id: id,
        Title: title,
        Category: category,
        ActionType: "Config",
        Service: "AzureAD",
        MaxScore: maxScore,
        Rank: rank,
        Tier: "Core",
        UserImpact: "Low",
        ImplementationCost: "Low",
        Threats: [],
        Remediation: "Do the thing.",
        RemediationImpact: "None.",
        ActionUrl: new Uri($"https://security.microsoft.com/securescore?actionId={id}"),
        Deprecated: false);
}
