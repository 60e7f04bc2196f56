using Azure.Data.Tables;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace SnowChatOps.Bot.Storage;

internal static class StorageRegistration
{
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new TableServiceClient(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString));
        services.AddSingleton<StorageTables>();
        services.AddSingleton<IStorage, TableBotStorage>();
        services.AddSingleton<IIdempotencyStore, TableIdempotencyStore>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");
        return services;
    }
}
