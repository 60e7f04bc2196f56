using System.Text.Json.Serialization;

namespace SnowChatOps.Bot.ServiceNow.Dtos;

/// <summary>Table API list envelope: <c>{"result": [...]}</c>.</summary>
internal sealed record TableListEnvelope<T>([property: JsonPropertyName("result")] IReadOnlyList<T>? Result);
