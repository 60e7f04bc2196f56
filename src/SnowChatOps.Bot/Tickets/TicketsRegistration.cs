using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Hosting;
using SnowChatOps.Bot.Tickets.Actions;
using SnowChatOps.Bot.Tickets.Responders;
using SnowChatOps.Bot.Tickets.Store;

namespace SnowChatOps.Bot.Tickets;

internal static class TicketsRegistration
{
    /// <summary>
    /// Registers the ticket's home: the tracked-ticket store, its entry point <see cref="TrackedTickets"/>, state
    /// names, <see cref="TicketCardService"/>, and the card's actions (one <see cref="ITicketCommand"/> per action,
    /// the Universal Actions invoke and the Action.Submit fallbacks). Needs storage, proactive messaging, the
    /// ServiceNow client, the admin policy and an <see cref="ITicketStateNameOverrides"/> (kept by Connection).
    /// </summary>
    public static IServiceCollection AddTickets(this IServiceCollection services)
    {
        services.AddSingleton<TrackedTicketTenantIndex>();
        services.AddSingleton<TrackedTicketDueIndex>();
        services.AddSingleton<TrackedTicketHotSetUpgrade>();
        services.AddSingleton<ITrackedTicketStore, TableTrackedTicketStore>();
        services.AddSingleton<TrackedTickets>();
        services.AddSingleton<TicketStateNames>();
        services.AddSingleton<TicketCardService>();
        services.AddTicketActions();
        return services;
    }

    private static void AddTicketActions(this IServiceCollection services)
    {
        services.AddOptions<ResponderOptions>().BindConfiguration(ResponderOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ResponderOptions>, ResponderOptionsValidator>();
        services.AddSingleton<ResponderPolicy>();
        services.AddSingleton<TicketActingFactory>();
        services.AddSingleton<TicketViewBuilder>();
        services.AddSingleton<ITicketCommand, AddWorkNoteCommand>();
        services.AddSingleton<ITicketCommand, ChangeStateCommand>();
        services.AddSingleton<ITicketCommand, AssignToMeCommand>();
        services.AddSingleton<TicketActionRunner>();
        services.AddSingleton<TicketCardInvoke>().AddDeferred<TicketCardInvoke>();
        foreach (var verb in TicketVerbs.Actions)
        {
            services.AddChatCommand(verb, sp => new TicketSubmitCommand(verb, sp.GetRequiredService<TicketActionRunner>()));
        }
    }
}
