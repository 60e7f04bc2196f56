using SnowChatOps.Bot.Sharing.Submission;
using SnowChatOps.TestSupport.Harness;
using SnowChatOps.TestSupport.Fakes;

namespace SnowChatOps.Tests.Sharing.Contracts;

public sealed class InMemorySubmissionStoreTests : SubmissionStoreContract
{
    internal override Task<ISubmissionStore> CreateStoreAsync() => Task.FromResult<ISubmissionStore>(new InMemorySubmissionStore());
}
