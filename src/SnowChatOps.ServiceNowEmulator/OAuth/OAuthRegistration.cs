namespace SnowChatOps.ServiceNowEmulator.OAuth;

internal static class OAuthRegistration
{
    public static IServiceCollection AddEmulatorOAuth(this IServiceCollection services)
    {
        services.AddOptions<OAuthOptions>().BindConfiguration(OAuthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TokenStore>();
        services.AddSingleton<AuthCodeStore>();
        services.AddSingleton<SessionStore>();
        services.AddSingleton<OAuthClients>();
        services.AddSingleton<ApiAuthentication>();
        return services;
    }

    public static IEndpointRouteBuilder MapEmulatorOAuth(this IEndpointRouteBuilder app) => app.MapAuthorize().MapTokens();
}
