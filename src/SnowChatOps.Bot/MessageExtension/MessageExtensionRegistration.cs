using SnowChatOps.Bot.Hosting;

namespace SnowChatOps.Bot.MessageExtension;

internal static class MessageExtensionRegistration
{
    /// <summary>
    /// Registers the "Share to ServiceNow" message action, the compose-box ticket search and ServiceNow link unfurling. Builds on the Sharing feature (AddSharing): its one
    /// share operation, presenter and options; the ticket's card comes from Tickets/.
    /// </summary>
    public static IServiceCollection AddMessageExtension(this IServiceCollection services)
    {
        services.AddSingleton<MessageShareDialog>();
        services.AddSingleton<MessageShareAnswers>();
        services.AddSingleton<Search.TicketPreviews>();
        services.AddSingleton<Search.TicketSearch>();
        services.AddSingleton<Links.TicketLinkUnfurler>();
        services.AddSingleton<MessageExtensionHandler>().AddDeferred<MessageExtensionHandler>();
        services.AddSingleton(new Bot.CommandHelp(MessageShareNames.CommandId, () => Resources.Strings.Help_MessageAction, Order: 70) { Title = () => Resources.Strings.Help_MessageActionTitle });
        services.AddSingleton(new Bot.CommandHelp(Search.TicketSearch.CommandId, () => Resources.Strings.Help_Search, Order: 71) { Title = () => Resources.Strings.Help_SearchTitle });
        return services;
    }
}
