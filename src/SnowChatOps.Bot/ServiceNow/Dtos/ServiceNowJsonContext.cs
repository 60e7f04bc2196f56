using System.Text.Json;
using System.Text.Json.Serialization;

namespace SnowChatOps.Bot.ServiceNow.Dtos;

/// <summary>Source-generated JSON for the Refit clients (generated Refit clients need a context).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TableListEnvelope<TicketRecordDto>))]
[JsonSerializable(typeof(TableRecordEnvelope<TicketRecordDto>))]
[JsonSerializable(typeof(TableListEnvelope<UserRecordDto>))]
[JsonSerializable(typeof(TableListEnvelope<UserRoleRecordDto>))]
[JsonSerializable(typeof(TableListEnvelope<DictionaryRecordDto>))]
[JsonSerializable(typeof(TableListEnvelope<PropertyRecordDto>))]
[JsonSerializable(typeof(TableListEnvelope<OAuthEntityRecordDto>))]
[JsonSerializable(typeof(TableListEnvelope<SysIdRecordDto>))]
[JsonSerializable(typeof(TicketWriteDto))]
[JsonSerializable(typeof(TicketUpdateDto))]
[JsonSerializable(typeof(TableListEnvelope<JournalRecordDto>))]
[JsonSerializable(typeof(TableListEnvelope<UserEmailRecordDto>))]
[JsonSerializable(typeof(TokenResponseDto))]
[JsonSerializable(typeof(OAuthErrorDto))]
[JsonSerializable(typeof(ErrorEnvelopeDto))]
internal sealed partial class ServiceNowJsonContext : JsonSerializerContext;
