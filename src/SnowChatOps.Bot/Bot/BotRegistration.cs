using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Flows;

namespace SnowChatOps.Bot.Bot;

internal static class BotRegistration
{
    public static IServiceCollection AddBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpClient();
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsValidator>();
        services.AddSingleton<ConnectorClientCache>();
        services.AddSingleton<BotFrameworkAuthentication>(sp => new RefusingBotFrameworkAuthentication(
            new ReusingConnectorAuthentication(
                new ConfigurationBotFrameworkAuthentication(
                    configuration.GetSection(BotOptions.Section),
                    httpClientFactory: sp.GetRequiredService<IHttpClientFactory>(),
                    logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()),
                sp.GetRequiredService<ConnectorClientCache>()),
            sp.GetRequiredService<ILogger<RefusingBotFrameworkAuthentication>>()));
        services.AddOptions<DevLocaleOptions>().BindConfiguration(DevLocaleOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DevLocaleOptions>, DevLocaleOptionsValidator>();
        if (!string.IsNullOrWhiteSpace(configuration[$"{DevLocaleOptions.Section}:{nameof(DevLocaleOptions.DevLocale)}"]))
        {
            // Before the locale middleware (AddBotCore, below) and every feature's middleware registered after AddBot.
            services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, DevLocaleMiddleware>();
        }

        services.AddSingleton<BotErrorHandler>();
        services.AddSingleton<ChatOpsAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<ChatOpsAdapter>());
        services.AddSingleton<BotAdapter>(sp => sp.GetRequiredService<ChatOpsAdapter>());
        services.AddBotCore();
        return services;
    }

    /// <summary>What a turn needs, without hosting: the turn tests build the bot from this on a TestAdapter.</summary>
    public static IServiceCollection AddBotCore(this IServiceCollection services)
    {
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, LocaleMiddleware>();
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware>(sp => new AutoSaveStateMiddleware(
            sp.GetRequiredService<ConversationState>(), sp.GetRequiredService<UserState>(), sp.GetRequiredService<PrivateConversationState>()));
        services.AddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>()));
        services.AddSingleton(sp => new UserState(sp.GetRequiredService<IStorage>()));
        services.AddSingleton<CommandRouter>();
        services.AddFlows();
        services.AddSingleton<IBot, ChatOpsBot>();
        return services;
    }
}
