using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SnowChatOps.IntegrationTests.Emulator;

/// <summary>Small HTTP helpers for emulator tests.</summary>
internal static class EmulatorHttp
{
    public static async Task<JsonObject> JsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, TestContext.Current.CancellationToken);

    public static async Task<JsonObject> CreateAsync(this HttpClient client, string table, object body)
    {
        using var response = await client.PostJsonAsync($"/api/now/table/{table}", body);
        response.EnsureSuccessStatusCode();
        return (await response.JsonAsync())["result"]!.AsObject();
    }

    public static string Text(this JsonNode? node, string field) => node![field]!.GetValue<string>();
}
