using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Refit;
using SnowChatOps.Bot.ServiceNow.Api;
using SnowChatOps.Bot.ServiceNow.Auth;

namespace SnowChatOps.Bot.ServiceNow;

internal static class ServiceNowRegistration
{
    public const string TableApiClientName = "ServiceNow.Table";
    public const string OAuthApiClientName = "ServiceNow.OAuth";

    /// <summary>
    /// Registers <see cref="ServiceNowClient"/>, <see cref="ServiceNowOAuthClient"/> and their HTTP pipeline. An
    /// <see cref="IServiceNowCredentialStore"/> must be registered separately (the Connection feature's store, or
    /// <see cref="AddInMemoryServiceNowCredentialStore"/> in Development and tests).
    /// </summary>
    public static IServiceCollection AddServiceNow(this IServiceCollection services, IConfiguration? configuration = null)
    {
        var options = services.AddOptions<ServiceNowOptions>();
        _ = configuration is null ? options.BindConfiguration(ServiceNowOptions.Section) : options.Bind(configuration.GetSection(ServiceNowOptions.Section));
        options.ValidateDataAnnotations()
            .Validate(o => Validator.TryValidateObject(o.Resilience, new ValidationContext(o.Resilience), null, validateAllProperties: true), "ServiceNow:Resilience is invalid.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ServiceNowRefreshGates>();
        services.AddTransient<ServiceNowTokenRefresher>();
        services.AddTransient<ServiceNowAuthHandler>();
        services.AddTransient<ServiceNowInstanceRoutingHandler>();
        services.AddTransient<ServiceNowClient>();
        services.AddTransient<ServiceNowOAuthClient>();

        var refit = new RefitSettings
        {
            ContentSerializer = new SystemTextJsonContentSerializer(new JsonSerializerOptions(JsonSerializerDefaults.Web)
            {
                DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            }),
        };

        // The routing handler runs first (outermost) so the resilience handler sees the instance's real authority.
        AddPipeline(services, TableApiClientName, refit, b => b.AddRefitClient<IServiceNowTableApi>(refit).AddHttpMessageHandler<ServiceNowAuthHandler>());
        AddPipeline(services, OAuthApiClientName, refit, b => b.AddRefitClient<IServiceNowOAuthApi>(refit).AddHttpMessageHandler<ServiceNowInstanceRoutingHandler>());
        return services;
    }

    /// <summary>Registers the process-local credential store (Development and tests only).</summary>
    public static IServiceCollection AddInMemoryServiceNowCredentialStore(this IServiceCollection services)
    {
        services.TryAddSingleton<InMemoryServiceNowCredentialStore>();
        services.TryAddSingleton<IServiceNowCredentialStore>(sp => sp.GetRequiredService<InMemoryServiceNowCredentialStore>());
        return services;
    }

    private static void AddPipeline(IServiceCollection services, string name, RefitSettings refit, Func<IHttpClientBuilder, IHttpClientBuilder> addClient)
    {
        var builder = services.AddHttpClient(name)
            .ConfigureHttpClient(http => http.BaseAddress = ServiceNowRequestOptions.UnroutedBaseAddress)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        addClient(builder)
            .AddStandardResilienceHandler()
            .Configure((resilience, sp) => ServiceNowResilience.Configure(
                resilience,
                sp.GetRequiredService<IOptions<ServiceNowOptions>>().Value.Resilience,
                sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ServiceNowResilience).FullName!)))
            .SelectPipelineByAuthority();
    }
}
