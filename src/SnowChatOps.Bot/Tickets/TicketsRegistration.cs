using SnowChatOps.Bot.Tickets.Store;

namespace SnowChatOps.Bot.Tickets;

internal static class TicketsRegistration
{
    /// <summary>
    /// Registers the ticket's home: the tracked-ticket store, its entry point <see cref="TrackedTickets"/>, state
    /// names and <see cref="TicketCardService"/>. Needs storage, proactive messaging, the ServiceNow client and an
    /// <see cref="ITicketStateNameOverrides"/> (the Connection feature keeps the renames).
    /// </summary>
    public static IServiceCollection AddTickets(this IServiceCollection services)
    {
        services.AddSingleton<ITrackedTicketStore, TableTrackedTicketStore>();
        services.AddSingleton<TrackedTickets>();
        services.AddSingleton<TicketStateNames>();
        services.AddSingleton<TicketCardService>();
        return services;
    }
}
