using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Sharing.Cards;

/// <summary>Localized names of priorities, ticket types, sources and categories (current UI culture).</summary>
internal static class SharingNames
{
    public static string Priority(int priority) => priority switch
    {
        1 => SharingText.Priority_1,
        2 => SharingText.Priority_2,
        3 => SharingText.Priority_3,
        4 => SharingText.Priority_4,
        5 => SharingText.Priority_5,
        _ => priority.ToString(System.Globalization.CultureInfo.CurrentCulture),
    };

    public static string Type(TicketTable table) =>
        table == TicketTable.Incident ? SharingText.Type_Incident : SharingText.Type_ChangeRequest;

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
