using SnowChatOps.Bot.Tickets;

namespace SnowChatOps.TestSupport.Fakes;

/// <summary>A tenant's state renames, fixed by the test (the Connection feature stores the real ones).</summary>
internal sealed class FixedTicketStateNameOverrides : ITicketStateNameOverrides
{
    public Dictionary<string, string> Renamed { get; } = new(StringComparer.Ordinal);

    public Task<IReadOnlyDictionary<string, string>> GetAsync(string tenantId, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyDictionary<string, string>>(Renamed);
}
