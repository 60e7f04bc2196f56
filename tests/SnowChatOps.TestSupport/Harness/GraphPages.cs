using System.Text.Json;

namespace SnowChatOps.TestSupport.Harness;

/// <summary>Graph-shaped <c>secureScoreControlProfiles</c> response pages for tests.</summary>
internal static class GraphPages
{
    public static string Page(string? nextLink, params object[] profiles)
    {
        var page = new Dictionary<string, object?>
        {
            ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#security/secureScoreControlProfiles",
            ["value"] = profiles,
        };
        if (nextLink is not null)
        {
            page["@odata.nextLink"] = nextLink;
        }

        return JsonSerializer.Serialize(page);
    }

    public static object Profile(string id, string category = "Identity", double maxScore = 1, int rank = 1, bool deprecated = false, string remediation = "<p>Fix it.</p>") => new
    {
        id,
        azureTenantId = "00000000-0000-0000-0000-000000000000",
        actionType = "Config",
        actionUrl = $"https://security.microsoft.com/securescore?viewid=actions&actionId={id}",
        controlCategory = category,
        title = $"Title of {id}",
        deprecated,
        implementationCost = "Low",
        maxScore,
        rank,
        remediation,
        remediationImpact = "None.",
        service = "AzureAD",
        threats = new[] { "AccountBreach" },
        tier = "Core",
        userImpact = "Low",
        vendorInformation = new { provider = "SecureScore", vendor = "Microsoft" },
    };
}
