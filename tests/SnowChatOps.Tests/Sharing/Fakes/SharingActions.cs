using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Tests.SecureScore;

namespace SnowChatOps.Tests.Sharing.Fakes;

/// <summary>Improvement actions the sharing tests browse: 12 across categories, ordered by score.</summary>
internal static class SharingActions
{
    public static readonly ImprovementAction AdminMfa = Actions.Action("AdminMFAV2").Titled("Require MFA for administrative roles").Scoring(10, rank: 1)
        with { RemediationImpact = "Admins are prompted for a second factor.", UserImpact = "Low" };

    public static readonly ImprovementAction DeviceEncryption = Actions.Action("DeviceEncryption").Titled("Encrypt all managed devices").Scoring(5, rank: 40).In(ActionCategory.Devices);

    public static ImprovementAction[] All { get; } =
    [
        AdminMfa,
        DeviceEncryption,
        .. Enumerable.Range(1, 10).Select(i => Actions.Action($"Control{i:D2}").Titled($"Data control {i:D2}").Scoring(4 - (i * 0.1), rank: 50 + i).In(ActionCategory.Data)),
    ];
}
