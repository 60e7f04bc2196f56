using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Http.Resilience;
using SnowChatOps.Bot.SecureScore.Graph;
using SnowChatOps.Bot.SecureScore.Offline;
using SnowChatOps.Bot.SecureScore.Posture;
using SnowChatOps.Bot.MicrosoftGraph;

namespace SnowChatOps.Bot.SecureScore;

internal static class SecureScoreRegistration
{
    /// <summary>
    /// Registers <see cref="ImprovementActionCatalog"/> over the source chosen by <c>SecureScore:Source</c>
    /// (OfflineCatalog by default in Development, Graph elsewhere), with options validated at startup.
    /// </summary>
    public static IServiceCollection AddSecureScore(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var defaultSource = environment.IsDevelopment() ? ImprovementActionSourceKind.OfflineCatalog : ImprovementActionSourceKind.Graph;
        services.AddOptions<SecureScoreOptions>()
            .Configure(o => o.Source = defaultSource)
            .Bind(configuration.GetSection(SecureScoreOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SecureScoreOptions>, SecureScoreOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMemoryCache();

        services.AddTransient<ImprovementActionCatalog>();
        services.AddTransient<IImprovementActionSource>(sp =>
            sp.GetRequiredService<IOptions<SecureScoreOptions>>().Value.Source == ImprovementActionSourceKind.Graph
                ? sp.GetRequiredService<GraphImprovementActionSource>()
                : sp.GetRequiredService<OfflineCatalogImprovementActionSource>());
        services.AddSingleton<OfflineCatalogImprovementActionSource>();
        services.AddTransient<GraphImprovementActionSource>();
        services.AddTransient<ActionPostures>();
        services.AddTransient<ISecureScoreSnapshotSource>(sp =>
            sp.GetRequiredService<IOptions<SecureScoreOptions>>().Value.Source == ImprovementActionSourceKind.Graph
                ? sp.GetRequiredService<GraphSecureScoreSnapshotSource>()
                : sp.GetRequiredService<OfflineSecureScoreSnapshotSource>());
        services.AddSingleton<OfflineSecureScoreSnapshotSource>();
        services.AddTransient<GraphSecureScoreSnapshotSource>();
        services.AddGraphClient(configuration);
        return services.AddSecureScoreLoop();
    }

    private static void AddGraphClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMicrosoftGraphTokens(configuration);
        services.AddHttpClient<GraphSecureScoreClient>((sp, http) =>
                http.BaseAddress = WithTrailingSlash(sp.GetRequiredService<IOptions<SecureScoreOptions>>().Value.GraphBaseUrl))
            .AddHttpMessageHandler<GraphAuthorizationHandler>()
            .AddStandardResilienceHandler(o => o.Retry.DisableForUnsafeHttpMethods());
    }

    private static Uri WithTrailingSlash(Uri url) =>
        url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
}
