namespace SnowChatOps.Bot.SecureScore;

/// <summary>
/// Recommendation category as the ServiceNow integration names it (plural "Devices", where Graph says "Device").
/// The names are written verbatim to <c>u_m365_recommendation_category</c>.
/// </summary>
internal enum ActionCategory
{
    Devices,
    Data,
    Apps,
    Identity,
    Infrastructure,
}
