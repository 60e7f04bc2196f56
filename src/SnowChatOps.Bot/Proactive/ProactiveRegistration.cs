namespace SnowChatOps.Bot.Proactive;

internal static class ProactiveRegistration
{
    public static IServiceCollection AddProactive(this IServiceCollection services)
    {
        services.AddSingleton<IConversationStore, TableConversationStore>();
        services.AddSingleton<ProactiveMessenger>();
        services.AddSingleton<ITeamsRoster, TeamsInfoRoster>();
        services.AddSingleton<RecentCaptures>();
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, ConversationCaptureMiddleware>();
        return services;
    }
}
