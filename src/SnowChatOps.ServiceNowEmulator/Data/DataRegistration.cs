using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SnowChatOps.ServiceNowEmulator.Data;

internal static class DataRegistration
{
    public static IServiceCollection AddEmulatorData(this IServiceCollection services)
    {
        services.AddOptions<EmulatorOptions>().BindConfiguration(EmulatorOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new RecordStore(sp.GetRequiredService<IOptions<EmulatorOptions>>().Value.DataFile));
        services.AddSingleton<RowFactory>();
        services.AddSingleton<InstanceUrl>();
        services.AddSingleton<UserDirectory>();
        services.AddSingleton<Seeder>();
        services.AddSingleton<SchemaResolver>();
        services.AddHostedService<DataInitializer>();
        return services;
    }
}
