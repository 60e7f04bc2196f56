using System.Text.Json.Serialization;

namespace SnowChatOps.Bot.ServiceNow.Dtos;

/// <summary>A <c>sys_user_has_role</c> row read with display values, so <c>role</c> is the role's name.</summary>
internal sealed record UserRoleRecordDto([property: JsonPropertyName("role")] string? Role)
{
    public const string Fields = "role";
}
