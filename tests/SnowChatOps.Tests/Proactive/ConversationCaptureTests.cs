using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Bot.Schema;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.Tests.Proactive;

public sealed class ConversationCaptureTests
{
    [Fact]
    public async Task FirstMessage_InPersonalChat_RemembersConversationForUser()
    {
        await using var harness = new BotHarness();

        await harness.Flow().Send("help").AssertReply(_ => { }).StartTestAsync();

        var record = Assert.Single(harness.Conversations.All);
        Assert.Equal(BotHarness.TenantId, record.TenantId);
        Assert.Equal("personal", record.ConversationType);
        Assert.Equal(BotHarness.UserAadObjectId, record.UserAadObjectId);
        Assert.True(record.Active);
    }

    [Fact]
    public async Task RepeatedMessages_SameConversation_ReadAndWriteStateOnlyOnTheFirst()
    {
        var storage = new CountingStorage();
        await using var harness = new BotHarness(services => services.AddSingleton<IStorage>(storage));
        await harness.Flow().Send("help").AssertReply(_ => { }).StartTestAsync();
        var (reads, writes) = (storage.Reads, storage.Writes);

        await harness.Flow().Send("help").AssertReply(_ => { }).Send("help").AssertReply(_ => { }).StartTestAsync();

        Assert.Equal((1, 1), (reads, writes));
        Assert.Equal((reads, writes), (storage.Reads, storage.Writes));
    }

    [Fact]
    public async Task Message_MoreThanADayAfterCapture_StoresReferenceAgain()
    {
        await using var harness = new BotHarness();
        await harness.Flow().Send("help").AssertReply(_ => { }).StartTestAsync();
        var first = Assert.Single(harness.Conversations.All).UpdatedAt;

        harness.Time.Advance(TimeSpan.FromHours(25));
        await harness.Flow().Send("help").AssertReply(_ => { }).StartTestAsync();

        Assert.Equal(first + TimeSpan.FromHours(25), Assert.Single(harness.Conversations.All).UpdatedAt);
    }

    [Fact]
    public async Task Uninstall_MarksConversationInactive()
    {
        await using var harness = new BotHarness();

        await harness.Flow()
            .Send("help").AssertReply(_ => { })
            .Send(new Activity { Type = ActivityTypes.InstallationUpdate, Action = "remove" })
            .StartTestAsync();

        Assert.False(Assert.Single(harness.Conversations.All).Active);
    }

    [Fact]
    public async Task Messenger_StoredConversation_PostsIntoIt()
    {
        await using var harness = new BotHarness();
        await harness.Flow().Send("help").AssertReply(_ => { }).StartTestAsync();
        var messenger = harness.Get<ProactiveMessenger>();

        var id = await messenger.SendAsync(Assert.Single(harness.Conversations.All), MessageFactory.Text("Ticket CHG0030001 is now Implement"), TestContext.Current.CancellationToken);

        Assert.NotNull(id);
        Assert.Equal("Ticket CHG0030001 is now Implement", ((Activity)harness.Adapter.GetNextReply()).Text);
    }
}
