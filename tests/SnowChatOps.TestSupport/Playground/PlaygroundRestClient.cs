using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SnowChatOps.TestSupport.Playground;

/// <summary>
/// Drives the Agents Playground (0.2.28) over its undocumented REST surface, as its own web page does: user messages,
/// Action.Submit, invokes, (re)installation, config. Bot replies arrive on <see cref="OpenStreamAsync"/>.
/// </summary>
public sealed class PlaygroundRestClient(Uri baseUri) : IDisposable
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly HttpClient http = new() { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
    private PlaygroundConfig? config;

    /// <summary>The playground's base URI.</summary>
    public Uri BaseUri => baseUri;

    /// <summary>The mock Teams context: users, bot, personal chat, group chats, team and channels (cached).</summary>
    public async Task<PlaygroundConfig> GetConfigAsync(CancellationToken cancellationToken)
    {
        if (config is null)
        {
            var envelope = await http.GetFromJsonAsync<ConfigEnvelope>("_internal/v1/config", Json, cancellationToken);
            config = envelope?.Config ?? throw new InvalidOperationException("The playground returned no config.");
        }

        return config;
    }

    /// <summary>
    /// Posts a message as <paramref name="fromUserId"/> (default: the current user). In channels and group chats the
    /// bot only receives it when <paramref name="mentionBot"/> is true (an &lt;at&gt; mention is prefixed to the text).
    /// </summary>
    public async Task<PlaygroundSentMessage> SendMessageAsync(
        string conversationId, string text, CancellationToken cancellationToken, bool mentionBot = false, string? fromUserId = null)
    {
        var current = await GetConfigAsync(cancellationToken);
        var mentionText = $"<at>{current.Bot.Name}</at>";
        object body = mentionBot
            ? new
            {
                from = new { id = fromUserId ?? current.CurrentUser.Id },
                text = $"{mentionText} {text}",
                textFormat = "plain",
                mentions = new[] { new { mentioned = new { id = current.Bot.Id, name = current.Bot.Name }, text = mentionText } },
            }
            : new { from = new { id = fromUserId ?? current.CurrentUser.Id }, text, textFormat = "plain" };
        using var response = await PostAsync($"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages", body, cancellationToken);
        return await response.Content.ReadFromJsonAsync<PlaygroundSentMessage>(Json, cancellationToken)
            ?? throw new InvalidOperationException("The playground returned no message id.");
    }

    /// <summary>Clicks an Action.Submit on message <paramref name="replyToId"/> with its <paramref name="data"/> (plus inputs).</summary>
    public async Task SubmitAsync(
        string conversationId, string replyToId, object data, CancellationToken cancellationToken, string? fromUserId = null)
    {
        var current = await GetConfigAsync(cancellationToken);
        var body = new { conversation = new { id = conversationId }, from = new { id = fromUserId ?? current.CurrentUser.Id }, replyToId, value = data };
        using var _ = await PostAsync("_conversation/v1/submit", body, cancellationToken);
    }

    /// <summary>
    /// Sends an invoke (<c>adaptiveCard/action</c>, <c>composeExtension/fetchTask</c>, <c>composeExtension/submitAction</c>,
    /// <c>composeExtension/query</c>, ...) and returns the bot's invoke response body. <c>adaptiveCard/action</c> needs
    /// <paramref name="replyToId"/> (the card's message id).
    /// </summary>
    public async Task<JsonElement> InvokeAsync(
        string name, string conversationId, object value, CancellationToken cancellationToken, string? replyToId = null, string? fromUserId = null)
    {
        var current = await GetConfigAsync(cancellationToken);
        var body = new { name, value, conversation = new { id = conversationId }, from = new { id = fromUserId ?? current.CurrentUser.Id }, replyToId };
        using var response = await PostAsync("_conversation/v1/invoke", body, cancellationToken);
        var raw = await response.Content.ReadAsStringAsync(cancellationToken);
        return raw.Length == 0 ? default : JsonDocument.Parse(raw).RootElement.Clone();
    }

    /// <summary>Simulates installing the app in a conversation: the bot gets installationUpdate (Teams) + conversationUpdate.</summary>
    public async Task InstallAsync(string conversationId, CancellationToken cancellationToken)
    {
        using var _ = await PostAsync($"_debug/conversation/{Uri.EscapeDataString(conversationId)}/installation", new { }, cancellationToken);
    }

    /// <summary>Opens the conversation WebSocket; open it before acting so no reply is missed.</summary>
    public async Task<PlaygroundStream> OpenStreamAsync(CancellationToken cancellationToken)
    {
        var current = await GetConfigAsync(cancellationToken);
        return await PlaygroundStream.ConnectAsync(baseUri, current.Bot.Id, cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose() => http.Dispose();

    private async Task<HttpResponseMessage> PostAsync(string path, object body, CancellationToken cancellationToken)
    {
        var response = await http.PostAsJsonAsync(path, body, Json, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            response.Dispose();
            throw new HttpRequestException($"POST {path} answered {(int)response.StatusCode}: {detail}", null, response.StatusCode);
        }

        return response;
    }

    private sealed record ConfigEnvelope(PlaygroundConfig Config);
}
