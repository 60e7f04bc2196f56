using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Net.Http.Headers;

namespace SnowChatOps.ServiceNowEmulator.Table;

/// <summary>Reads a Table API write body into field/value strings, answering ServiceNow's 400/415 errors.</summary>
internal static class RequestBody
{
    public static async Task<(Dictionary<string, string>? Fields, IResult? Error)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) ||
            !type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, SnowErrors.Error(StatusCodes.Status415UnsupportedMediaType, "Unsupported Media Type",
                "Content-Type must be application/json (the emulator does not accept application/xml)"));
        }

        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(ct);
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, SnowErrors.BadBody("Empty request body"));
        }

        try
        {
            return JsonNode.Parse(text) is JsonObject obj
                ? (obj.ToDictionary(p => p.Key, p => ToText(p.Value), StringComparer.Ordinal), null)
                : (null, SnowErrors.BadBody("The payload is not a JSON object"));
        }
        catch (JsonException)
        {
            return (null, SnowErrors.BadBody("The payload is not valid JSON."));
        }
    }

    private static string ToText(JsonNode? node) => node switch
    {
        null => "",
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        JsonObject obj when obj["value"] is JsonValue inner => inner.ToString(),
        _ => node.ToJsonString(),
    };
}
