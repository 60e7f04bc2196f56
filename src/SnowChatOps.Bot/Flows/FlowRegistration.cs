using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;

namespace SnowChatOps.Bot.Flows;

internal static class FlowRegistration
{
    public static IServiceCollection AddFlows(this IServiceCollection services)
    {
        services.AddSingleton(sp => new PrivateConversationState(sp.GetRequiredService<IStorage>()));
        services.AddChatCommand<FlowEngine>(FlowCards.Verb);
        return services;
    }
}
