namespace SnowChatOps.ServiceNowEmulator.Faults;

internal static class FaultRegistration
{
    public static IServiceCollection AddFaults(this IServiceCollection services)
    {
        services.AddSingleton<FaultState>();
        services.AddSingleton<FaultPolicy>();
        return services;
    }
}
