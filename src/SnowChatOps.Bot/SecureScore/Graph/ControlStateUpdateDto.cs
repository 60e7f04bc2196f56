using System.Text.Json.Serialization;

namespace SnowChatOps.Bot.SecureScore.Graph;

/// <summary>
/// The body of <c>PATCH security/secureScoreControlProfiles/{id}</c> as Microsoft Learn's v1.0 "Update
/// secureScoreControlProfile" page documents it: <c>assignedTo</c>, <c>comment</c>, <c>state</c> (Default, Ignored,
/// ThirdParty, Reviewed) and the required <c>vendorInformation</c>. Omitted properties stay as they are in Graph, so
/// null ones are not written.
/// </summary>
internal sealed record ControlStateUpdateDto(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? AssignedTo,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Comment,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? State,
    VendorInformationDto VendorInformation);
