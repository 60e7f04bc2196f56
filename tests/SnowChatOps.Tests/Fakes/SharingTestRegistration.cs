using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.Sharing;
using SnowChatOps.Bot.Sharing.Submission;
using SnowChatOps.Bot.Sharing.Tracked;

namespace SnowChatOps.Tests.Fakes;

/// <summary>The sharing feature as the host registers it, with its edges (ServiceNow, tables, catalog) faked; state names come from the Connection feature.</summary>
internal static class SharingTestRegistration
{
    public static IServiceCollection AddSharingWithFakes(this IServiceCollection services)
    {
        services.AddSharing(new ConfigurationBuilder().Build(), runBackgroundRetries: false);
        services.AddSingleton<FakeSharingServiceNow>();
        services.AddSingleton<ISharingServiceNow>(sp => sp.GetRequiredService<FakeSharingServiceNow>());
        services.AddSingleton<InMemorySubmissionStore>();
        services.AddSingleton<ISubmissionStore>(sp => sp.GetRequiredService<InMemorySubmissionStore>());
        services.AddSingleton<InMemoryTrackedTicketStore>();
        services.AddSingleton<ITrackedTicketStore>(sp => sp.GetRequiredService<InMemoryTrackedTicketStore>());
        services.AddSingleton<IImprovementActionSource>(new FixedImprovementActionSource(SharingActions.All));
        services.AddSingleton<ImprovementActionCatalog>();
        return services;
    }
}
