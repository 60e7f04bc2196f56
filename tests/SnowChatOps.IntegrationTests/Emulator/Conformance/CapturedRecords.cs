using System.Text.Json.Nodes;
using SnowChatOps.TestSupport;

namespace SnowChatOps.IntegrationTests.Emulator.Conformance;

/// <summary>The real, publicly captured Table API records in <c>Captured/</c> (sources in README.md).</summary>
internal static class CapturedRecords
{
    public static JsonObject Load(string table)
    {
        var path = RepoPaths.Combine("tests", "SnowChatOps.IntegrationTests", "Emulator", "Conformance", "Captured", $"{table}.json");
        return JsonNode.Parse(File.ReadAllText(path))!["record"]!.AsObject();
    }

    /// <summary>Our own columns, absent from any stock record.</summary>
    public static bool IsCustom(string field) => field.StartsWith("u_m365_", StringComparison.Ordinal);

    public static bool IsEmpty(JsonNode? value) => value is JsonValue v && v.GetValue<string>().Length == 0;
}
