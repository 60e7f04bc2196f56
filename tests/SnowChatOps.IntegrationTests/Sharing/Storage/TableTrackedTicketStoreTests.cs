using SnowChatOps.Bot.Tickets.Store;
using SnowChatOps.Tests.Sharing.Contracts;

namespace SnowChatOps.IntegrationTests.Sharing.Storage;

public sealed class TableTrackedTicketStoreTests(AzuriteTables azurite) : TrackedTicketStoreContract, IClassFixture<AzuriteTables>
{
    internal override Task<ITrackedTicketStore> CreateStoreAsync() => Task.FromResult<ITrackedTicketStore>(new TableTrackedTicketStore(azurite.NewTables()));
}
