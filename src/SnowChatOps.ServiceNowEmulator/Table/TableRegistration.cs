namespace SnowChatOps.ServiceNowEmulator.Table;

internal static class TableRegistration
{
    public static IServiceCollection AddTableApi(this IServiceCollection services)
    {
        services.AddSingleton<TableWriter>();
        services.AddSingleton<RecordPresenter>();
        return services;
    }
}
