using SnowChatOps.Bot.Sharing.Tracked;
using SnowChatOps.Tests.Fakes;

namespace SnowChatOps.Tests.Sharing.Contracts;

public sealed class InMemoryTrackedTicketStoreTests : TrackedTicketStoreContract
{
    internal override Task<ITrackedTicketStore> CreateStoreAsync() => Task.FromResult<ITrackedTicketStore>(new InMemoryTrackedTicketStore());
}
