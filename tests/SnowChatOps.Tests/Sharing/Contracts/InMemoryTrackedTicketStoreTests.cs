using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tickets.Store;
using SnowChatOps.TestSupport.Harness;
using SnowChatOps.TestSupport.Fakes;

namespace SnowChatOps.Tests.Sharing.Contracts;

public sealed class InMemoryTrackedTicketStoreTests : TrackedTicketStoreContract
{
    internal override Task<ITrackedTicketStore> CreateStoreAsync() => Task.FromResult<ITrackedTicketStore>(new InMemoryTrackedTicketStore());
}
