using System.Text.Json.Serialization;

namespace SnowChatOps.Bot.ServiceNow.Dtos;

/// <summary>Table API single-record envelope: <c>{"result": {...}}</c>.</summary>
internal sealed record TableRecordEnvelope<T>([property: JsonPropertyName("result")] T? Result);
