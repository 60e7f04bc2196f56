namespace SnowChatOps.ServiceNowEmulator.Agent;

internal static class AgentRegistration
{
    public static IServiceCollection AddAgentUi(this IServiceCollection services)
    {
        services.AddSingleton<TicketActions>();
        return services;
    }
}
