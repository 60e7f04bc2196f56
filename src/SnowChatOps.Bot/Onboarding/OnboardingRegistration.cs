using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Hosting;
using SnowChatOps.Bot.Resources;

namespace SnowChatOps.Bot.Onboarding;

internal static class OnboardingRegistration
{
    public static IServiceCollection AddOnboarding(this IServiceCollection services)
    {
        services.AddSingleton<Welcome>().AddDeferred<Welcome>();
        services.AddChatCommand<HelpCommand>(HelpCommand.CommandName, () => Strings.Command_Help, order: 0);
        services.AddChatCommand<DataSharedCommand>(DataSharedCommand.CommandName, () => Strings.Command_Data, order: 900);
        return services;
    }
}
