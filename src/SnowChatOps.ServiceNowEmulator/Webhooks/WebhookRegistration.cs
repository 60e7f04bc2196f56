namespace SnowChatOps.ServiceNowEmulator.Webhooks;

internal static class WebhookRegistration
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.AddSingleton<WebhookQueue>();
        return services;
    }
}
