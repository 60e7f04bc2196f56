namespace SnowChatOps.ServiceNowEmulator.Control;

internal static class ControlRegistration
{
    public static IServiceCollection AddControlApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddSingleton<RequestLog>();
        services.AddSingleton<RequestLogMiddleware>();
        return services;
    }
}
