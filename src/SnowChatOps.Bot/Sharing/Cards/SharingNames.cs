using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Tickets;

namespace SnowChatOps.Bot.Sharing.Cards;

/// <summary>Localized names of priorities, ticket types, sources and categories (current UI culture).</summary>
internal static class SharingNames
{
    public static string Priority(int priority) => TicketNames.Priority(priority);

    public static string Type(TicketTable table) => TicketNames.Type(table);

    public static string Source(RecommendationSource source) =>
        source == RecommendationSource.User ? SharingText.Source_User : SharingText.Source_Microsoft;

    public static string Category(RecommendationCategory category) => category switch
    {
        RecommendationCategory.Devices => SharingText.Category_Devices,
        RecommendationCategory.Data => SharingText.Category_Data,
        RecommendationCategory.Apps => SharingText.Category_Apps,
        RecommendationCategory.Identity => SharingText.Category_Identity,
        _ => SharingText.Category_Infrastructure,
    };
}
