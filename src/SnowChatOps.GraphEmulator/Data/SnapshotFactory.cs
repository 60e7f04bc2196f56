using System.Text.Json.Nodes;

namespace SnowChatOps.GraphEmulator.Data;

/// <summary>A daily snapshot shaped as Graph v1.0 <c>secureScore</c> (Microsoft Learn, "secureScore resource type").</summary>
internal static class SnapshotFactory
{
    public const string TenantId = "00000000-0000-0000-0000-000000000000";

    public static JsonObject Create(DateTimeOffset createdAt, IReadOnlyList<(string ControlName, string Category, double Score)> controls, double maxScore)
    {
        var scores = new JsonArray();
        foreach (var (name, category, score) in controls)
        {
            scores.Add(new JsonObject { ["controlCategory"] = category, ["controlName"] = name, ["description"] = string.Empty, ["score"] = score });
        }

        return new JsonObject
        {
            ["id"] = $"{TenantId}_{createdAt.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}",
            ["azureTenantId"] = TenantId,
            ["activeUserCount"] = 25,
            ["createdDateTime"] = createdAt.UtcDateTime,
            ["currentScore"] = Math.Round(controls.Sum(c => c.Score), 2),
            ["maxScore"] = maxScore,
            ["enabledServices"] = new JsonArray("HasExchange", "HasSharePoint", "HasOD4B"),
            ["licensedUserCount"] = 25,
            ["averageComparativeScores"] = new JsonArray(),
            ["controlScores"] = scores,
        };
    }
}
