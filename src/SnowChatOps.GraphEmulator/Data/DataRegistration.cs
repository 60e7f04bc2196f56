using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SnowChatOps.GraphEmulator.Data;

internal static class DataRegistration
{
    public static IServiceCollection AddGraphData(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new EmulatorClock(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<GraphState>();
        return services;
    }
}
