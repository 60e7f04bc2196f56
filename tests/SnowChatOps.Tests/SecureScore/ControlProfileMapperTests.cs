using System.Text.Json;
using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.SecureScore.Graph;

namespace SnowChatOps.Tests.SecureScore;

public sealed class ControlProfileMapperTests
{
    [Theory]
    [InlineData("Device", "Devices")]
    [InlineData("Devices", "Devices")]
    [InlineData("Data", "Data")]
    [InlineData("Apps", "Apps")]
    [InlineData("Identity", "Identity")]
    [InlineData("Account", "Identity")]
    [InlineData(" infrastructure ", "Infrastructure")]
    public void ToImprovementAction_GraphCategory_MapsToOurCategory(string controlCategory, string expected)
    {
        var dto = Dto() with { ControlCategory = controlCategory };

        var action = ControlProfileMapper.ToImprovementAction(dto, out _);

        Assert.Equal(expected, action?.Category.ToString());
    }

    [Theory]
    [InlineData(null, null, "Identity", "missing id or title")]
    [InlineData("X", " ", "Identity", "missing id or title")]
    [InlineData("X", "Title", "Network", "unknown category")]
    [InlineData("X", "Title", null, "unknown category")]
    public void ToImprovementAction_Unusable_ReturnsNullWithReason(string? id, string? title, string? category, string reason)
    {
        var dto = Dto() with { Id = id, Title = title, ControlCategory = category };

        var action = ControlProfileMapper.ToImprovementAction(dto, out var skipReason);

        Assert.Null(action);
        Assert.Equal(reason, skipReason);
    }

    [Theory]
    [InlineData("https://security.microsoft.com/securescore?viewid=actions&actionId=X", true)]
    [InlineData("http://security.microsoft.com/securescore", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("/securescore?actionId=X", false)]
    [InlineData("https://user:pass@security.microsoft.com/", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void ToImprovementAction_ActionUrl_KeepsOnlyAbsoluteHttps(string? url, bool kept)
    {
        var dto = Dto() with { ActionUrl = url };

        var action = ControlProfileMapper.ToImprovementAction(dto, out _);

        Assert.Equal(kept ? new Uri(url!) : null, action?.ActionUrl);
    }

    [Fact]
    public void ToImprovementAction_FullProfile_MapsEveryField()
    {
        var dto = Dto();

        var action = ControlProfileMapper.ToImprovementAction(dto, out _);

        var expected = new ImprovementAction(
            "AdminMFAV2", "Require MFA for admins", ActionCategory.Identity, "Config", "AzureAD", 10, 1, "Core", "Low",
            "Low", [], "Protect admins.\n\n- Open Conditional Access\n- Require MFA", "Admins see an MFA prompt.",
            new Uri("https://security.microsoft.com/securescore?actionId=AdminMFAV2"), false);
        Assert.Equal(expected, action! with { Threats = expected.Threats });
        Assert.Equal(["AccountBreach", "PasswordCracking"], action.Threats);
    }

    [Fact]
    public void Deserialize_NumbersAsStrings_AreRead()
    {
        const string json = """{"value":[{"id":"A","title":"T","controlCategory":"Data","maxScore":"7.5","rank":"3"}]}""";

        var page = JsonSerializer.Deserialize(json, SecureScoreJsonContext.Default.ControlProfilePageDto);
        var action = ControlProfileMapper.ToImprovementAction(page!.Value![0], out _);

        Assert.Equal((7.5, 3), (action!.MaxScore, action.Rank));
    }

    [Fact]
    public void Deserialize_NextLink_IsRead()
    {
        const string json = """{"@odata.context":"x","@odata.nextLink":"https://graph.microsoft.com/v1.0/next","value":[]}""";

        var page = JsonSerializer.Deserialize(json, SecureScoreJsonContext.Default.ControlProfilePageDto);

        Assert.Equal("https://graph.microsoft.com/v1.0/next", page!.NextLink);
    }

    private static ControlProfileDto Dto() => new(
        Id: "AdminMFAV2",
        Title: "Require MFA for admins",
        ControlCategory: "Identity",
        ActionType: "Config",
        ActionUrl: "https://security.microsoft.com/securescore?actionId=AdminMFAV2",
        Service: "AzureAD",
        MaxScore: 10,
        Rank: 1,
        Tier: "Core",
        UserImpact: "Low",
        ImplementationCost: "Low",
        Threats: ["AccountBreach", null, "PasswordCracking"],
        Deprecated: false,
        Remediation: "<p>Protect admins.</p><ul><li>Open Conditional Access</li><li>Require MFA</li></ul>",
        RemediationImpact: "Admins see an MFA prompt.");
}
