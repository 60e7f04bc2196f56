using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Hosting;

namespace SnowChatOps.Bot.Storage;

internal static class StorageRegistration
{
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddSingleton(sp => CreateClient(sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetRequiredService<TokenCredential>));
        services.AddSingleton<StorageTables>();
        services.AddSingleton<IStorage, TableBotStorage>();
        services.AddSingleton<IIdempotencyStore, TableIdempotencyStore>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: [HealthTags.Ready]);
        return services;
    }

    /// <summary>The endpoint with the app's Azure identity when one is given, else the connection string (Azurite).</summary>
    public static TableServiceClient CreateClient(StorageOptions options, Func<TokenCredential> credential) =>
        options.TableServiceUri is { } endpoint
            ? new TableServiceClient(endpoint, credential(), ClientOptions())
            : new TableServiceClient(options.ConnectionString, ClientOptions());

    /// <summary>A person is waiting on most storage calls: retry briefly rather than for the SDK's default ~30 s.</summary>
    private static TableClientOptions ClientOptions()
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(300);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        return options;
    }
}
