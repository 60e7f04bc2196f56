using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Refit;
using SnowChatOps.Bot.Observability;
using SnowChatOps.Bot.ServiceNow.Api;
using SnowChatOps.Bot.ServiceNow.Auth;
using SnowChatOps.Bot.ServiceNow.Dtos;

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
        services.AddSingleton<IValidateOptions<ServiceNowOptions>, ServiceNowOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ServiceNowOptions>>().Value.ToHostPolicy());

        services.TryAddSingleton(TimeProvider.System);
        services.AddTelemetryInstruments();
        services.AddSingleton<ServiceNowRefreshGates>();
        services.AddTransient<ServiceNowTokenRefresher>();
        services.AddTransient<ServiceNowAuthHandler>();
        services.AddTransient<ServiceNowInstanceRoutingHandler>();
        services.AddTransient<ServiceNowCallLoggingHandler>();
        services.AddTransient<ServiceNowClient>();
        services.AddTransient<ServiceNowOAuthClient>();

        // The routing handler runs first (outermost) so the resilience handler sees the instance's real authority.
        AddPipeline(services.AddRefitGeneratedClient<IServiceNowTableApi>(ServiceNowJsonContext.Default, Settings, TableApiClientName))
            .AddHttpMessageHandler<ServiceNowAuthHandler>().AddServiceNowResilience().AddServiceNowMetrics("table");
        AddPipeline(services.AddRefitGeneratedClient<IServiceNowOAuthApi>(ServiceNowJsonContext.Default, Settings, OAuthApiClientName))
            .AddHttpMessageHandler<ServiceNowInstanceRoutingHandler>().AddServiceNowResilience().AddServiceNowMetrics("oauth");
        return services;
    }

    /// <summary>Registers the process-local credential store (Development and tests only).</summary>
    public static IServiceCollection AddInMemoryServiceNowCredentialStore(this IServiceCollection services)
    {
        services.TryAddSingleton<InMemoryServiceNowCredentialStore>();
        services.TryAddSingleton<IServiceNowCredentialStore>(sp => sp.GetRequiredService<InMemoryServiceNowCredentialStore>());
        return services;
    }

    private static RefitSettings Settings(IServiceProvider services) =>
        new()
        {
            ContentSerializer = new SystemTextJsonContentSerializer(ServiceNowJsonContext.Default.Options),
            ExceptionRedactor = error => error.RequestMessage.Headers.Authorization = null, // never let a bearer token ride on an exception
        };

    private static IHttpClientBuilder AddPipeline(IHttpClientBuilder builder) => builder
        .ConfigureHttpClient(http => http.BaseAddress = ServiceNowRequestOptions.UnroutedBaseAddress)
        .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        .AddHttpMessageHandler<ServiceNowCallLoggingHandler>();

    /// <summary>Innermost, after resilience: one measurement per attempt.</summary>
    private static IHttpClientBuilder AddServiceNowMetrics(this IHttpClientBuilder builder, string api) => builder
        .AddHttpMessageHandler(sp => new ServiceNowMetricsHandler(sp.GetRequiredService<Telemetry>(), sp.GetRequiredService<TimeProvider>(), api));

    private static IHttpClientBuilder AddServiceNowResilience(this IHttpClientBuilder builder)
    {
        builder
            .AddStandardResilienceHandler()
            .Configure((resilience, sp) => ServiceNowResilience.Configure(
                resilience,
                sp.GetRequiredService<IOptions<ServiceNowOptions>>().Value.Resilience,
                sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ServiceNowResilience).FullName!)))
            .SelectPipelineByAuthority();
        return builder;
    }
}
