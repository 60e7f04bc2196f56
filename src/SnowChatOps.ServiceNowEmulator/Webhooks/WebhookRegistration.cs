namespace SnowChatOps.ServiceNowEmulator.Webhooks;

internal static class WebhookRegistration
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WebhookQueue>();
        services.AddSingleton<WebhookTarget>();
        services.AddHttpClient(WebhookSender.ClientName, http => http.Timeout = TimeSpan.FromSeconds(10));
        services.AddHostedService<WebhookSender>();
        return services;
    }
}
