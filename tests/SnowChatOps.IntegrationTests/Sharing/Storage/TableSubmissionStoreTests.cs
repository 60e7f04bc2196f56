using SnowChatOps.Bot.Sharing.Submission;
using SnowChatOps.Tests.Sharing.Contracts;

namespace SnowChatOps.IntegrationTests.Sharing.Storage;

public sealed class TableSubmissionStoreTests(AzuriteTables azurite) : SubmissionStoreContract, IClassFixture<AzuriteTables>
{
    internal override Task<ISubmissionStore> CreateStoreAsync() => Task.FromResult<ISubmissionStore>(new TableSubmissionStore(azurite.NewTables()));
}
