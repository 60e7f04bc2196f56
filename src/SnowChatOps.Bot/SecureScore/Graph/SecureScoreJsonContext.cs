using System.Text.Json;
using System.Text.Json.Serialization;

namespace SnowChatOps.Bot.SecureScore.Graph;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ControlProfilePageDto))]
[JsonSerializable(typeof(SecureScorePageDto))]
[JsonSerializable(typeof(ControlStateUpdateDto))]
internal sealed partial class SecureScoreJsonContext : JsonSerializerContext;
