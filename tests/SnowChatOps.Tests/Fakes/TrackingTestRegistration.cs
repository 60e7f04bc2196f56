using Microsoft.Extensions.DependencyInjection;
using SnowChatOps.Bot.Tracking;
using SnowChatOps.Bot.Tracking.Store;

namespace SnowChatOps.Tests.Fakes;

/// <summary>The tracking feature as the host registers it (options from the harness configuration), poller loop off, edges faked.</summary>
internal static class TrackingTestRegistration
{
    public static IServiceCollection AddTrackingWithFakes(this IServiceCollection services)
    {
        services.AddTracking(runPoller: false);
        services.AddSingleton<InMemoryTrackingStore>();
        services.AddSingleton<ITrackingStore>(sp => sp.GetRequiredService<InMemoryTrackingStore>());
        services.AddSingleton<ITrackedTenants, InMemoryTrackedTenants>();
        services.AddSingleton<FakeTrackingServiceNow>();
        services.AddSingleton<ITrackingServiceNow>(sp => sp.GetRequiredService<FakeTrackingServiceNow>());
        return services;
    }
}
