using Azure.Data.Tables;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace SnowChatOps.Bot.Storage;

internal static class StorageRegistration
{
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new TableServiceClient(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString, ClientOptions()));
        services.AddSingleton<StorageTables>();
        services.AddSingleton<IStorage, TableBotStorage>();
        services.AddSingleton<IIdempotencyStore, TableIdempotencyStore>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");
        return services;
    }

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
