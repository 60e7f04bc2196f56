using System.Text.Json.Nodes;

namespace SnowChatOps.GraphEmulator.Data;

/// <summary>The bot's offline catalog (embedded from its source folder): the control profiles and the sample snapshot's scores.</summary>
internal static class CatalogSeed
{
    public static List<JsonObject> Profiles() =>
        [.. Load("secure-score-control-profiles.json")["value"]!.AsArray().Select(p => p!.AsObject().DeepClone().AsObject())];

    /// <returns>Each control's achieved points in the sample snapshot (controlName → score).</returns>
    public static Dictionary<string, double> BaseScores()
    {
        var snapshot = Load("secure-scores.json")["value"]!.AsArray()[0]!;
        return snapshot["controlScores"]!.AsArray()
            .Select(c => c!.AsObject())
            .ToDictionary(c => (string)c["controlName"]!, c => (double)c["score"]!, StringComparer.OrdinalIgnoreCase);
    }

    private static JsonNode Load(string file)
    {
        var name = $"SnowChatOps.GraphEmulator.Catalog.{file}";
        using var stream = typeof(CatalogSeed).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing from the build.");
        return JsonNode.Parse(stream) ?? throw new InvalidOperationException($"Embedded resource {name} is empty.");
    }
}
