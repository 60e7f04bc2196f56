namespace SnowChatOps.Bot.MessageExtension;

internal static class MessageExtensionRegistration
{
    /// <summary>
    /// Registers the "Share to ServiceNow" message action. Builds on the Sharing feature (AddSharing): its
    /// submission store, runner, presenter and options.
    /// </summary>
    public static IServiceCollection AddMessageExtension(this IServiceCollection services)
    {
        services.AddSingleton<MessageShareDialog>();
        services.AddSingleton<MessageShareAnswers>();
        services.AddSingleton<MessageShareSubmitter>();
        services.AddSingleton<MessageExtensionHandler>();
        return services;
    }
}
