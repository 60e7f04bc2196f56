using System.Text.Json.Nodes;

namespace SnowChatOps.GraphEmulator.Data;

/// <summary>One accepted <c>PATCH /security/secureScoreControlProfiles/{id}</c>: the body exactly as sent, and when.</summary>
internal sealed record RecordedPatch(string ControlId, JsonObject Body, DateTimeOffset ReceivedAt);
