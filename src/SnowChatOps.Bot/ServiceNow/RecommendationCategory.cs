namespace SnowChatOps.Bot.ServiceNow;

/// <summary>Written to <c>u_m365_recommendation_category</c> by name (the product's "Devices", not Graph's "Device").</summary>
internal enum RecommendationCategory
{
    Devices,
    Data,
    Apps,
    Identity,
    Infrastructure,
}
