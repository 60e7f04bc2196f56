namespace SnowChatOps.Bot.Tickets;

/// <summary>A tenant's renamed ticket states, keyed by <see cref="TicketStates.Key"/>. Kept with the connection.</summary>
internal interface ITicketStateNameOverrides
{
    Task<IReadOnlyDictionary<string, string>> GetAsync(string tenantId, CancellationToken cancellationToken);
}
