using Microsoft.Extensions.Logging.Abstractions;
using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.SecureScore.Offline;

namespace SnowChatOps.Tests.SecureScore;

public sealed class OfflineCatalogTests
{
    [Fact]
    public async Task GetAll_ShippedCatalog_HasAtLeast45ActiveActionsInEveryCategory()
    {
        var actions = await Load();

        var active = actions.Where(a => !a.Deprecated).ToList();
        Assert.True(active.Count >= 45, $"only {active.Count} active actions");
        Assert.All(Enum.GetValues<ActionCategory>(), category => Assert.True(active.Count(a => a.Category == category) >= 5, $"{category} has fewer than 5"));
    }

    [Fact]
    public async Task GetAll_ShippedCatalog_EveryProfileMapsWithUniqueId()
    {
        var raw = OfflineCatalogImprovementActionSource.ReadPage().Value!;

        var actions = await Load();

        Assert.Equal(raw.Count, actions.Count);
        Assert.Equal(actions.Count, actions.Select(a => a.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public async Task GetAll_ShippedCatalog_HasHttpsSecurityCenterUrlsAndTextRemediation()
    {
        var actions = await Load();

        Assert.All(actions, a =>
        {
            Assert.Equal("https", a.ActionUrl?.Scheme);
            Assert.Equal("security.microsoft.com", a.ActionUrl?.Host);
            Assert.NotEmpty(a.Remediation);
            Assert.DoesNotContain("<p>", a.Remediation, StringComparison.Ordinal);
            Assert.Contains("](https://learn.microsoft.com/", a.Remediation, StringComparison.Ordinal);
            Assert.True(a.MaxScore > 0);
        });
    }

    [Fact]
    public void ReadPage_ShippedCatalog_IsShapedLikeGraph()
    {
        using var stream = typeof(OfflineCatalogImprovementActionSource).Assembly
            .GetManifestResourceStream(OfflineCatalogImprovementActionSource.ResourceName)!;

        using var document = System.Text.Json.JsonDocument.Parse(stream);

        var root = document.RootElement;
        Assert.StartsWith("https://graph.microsoft.com/v1.0/$metadata#security/secureScoreControlProfiles", root.GetProperty("@odata.context").GetString(), StringComparison.Ordinal);
        var first = root.GetProperty("value")[0];
        Assert.Equal(System.Text.Json.JsonValueKind.Number, first.GetProperty("maxScore").ValueKind);
        Assert.Equal("SecureScore", first.GetProperty("vendorInformation").GetProperty("provider").GetString());
        Assert.Contains(root.GetProperty("value").EnumerateArray(), p => p.GetProperty("controlCategory").GetString() == "Device");
    }

    private static Task<IReadOnlyList<ImprovementAction>> Load() =>
        new OfflineCatalogImprovementActionSource(NullLogger<OfflineCatalogImprovementActionSource>.Instance)
            .GetAllAsync("any-tenant", TestContext.Current.CancellationToken);
}
