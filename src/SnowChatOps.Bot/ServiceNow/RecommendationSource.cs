namespace SnowChatOps.Bot.ServiceNow;

/// <summary>Written to <c>u_m365_recommendation_source</c> as "User recommendation" / "Microsoft recommendation".</summary>
internal enum RecommendationSource
{
    User,
    Microsoft,
}
