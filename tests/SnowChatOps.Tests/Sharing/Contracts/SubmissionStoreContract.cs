using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Sharing.Form;
using SnowChatOps.Bot.Sharing.Submission;

namespace SnowChatOps.Tests.Sharing.Contracts;

/// <summary>What every <see cref="ISubmissionStore"/> must do; run against the in-memory twin and the Table store.</summary>
public abstract class SubmissionStoreContract
{
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    internal abstract Task<ISubmissionStore> CreateStoreAsync();

    [Fact]
    public async Task TryAdd_New_IsReadBackWithAllFields()
    {
        var store = await CreateStoreAsync();
        var submission = A("c1") with { Ticket = new CreatedTicket(TicketTable.Incident, "abc", "INC0010001", "1", 3, new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero)) };

        await store.TryAddAsync(submission, ct);

        var read = await store.GetAsync("tenant/1", "c1", ct);
        Assert.NotNull(read);
        Assert.Equal(submission with { Version = read.Version }, read);
        Assert.NotNull(read.Version);
    }

    [Fact]
    public async Task TryAdd_SameCorrelationTwice_SecondIsRefused()
    {
        var store = await CreateStoreAsync();

        var first = await store.TryAddAsync(A("c1"), ct);
        var second = await store.TryAddAsync(A("c1") with { InitiatedBy = "someone else" }, ct);

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Equal("Megan Bowen (aad-1)", (await store.GetAsync("tenant/1", "c1", ct))!.InitiatedBy);
    }

    [Fact]
    public async Task TryReplace_StaleVersion_LosesToTheFirstWriter()
    {
        var store = await CreateStoreAsync();
        var added = (await store.TryAddAsync(A("c1"), ct))!;

        var winner = await store.TryReplaceAsync(added with { Status = SubmissionStatus.Creating }, ct);
        var loser = await store.TryReplaceAsync(added with { Status = SubmissionStatus.Creating, Attempts = 9 }, ct);

        Assert.NotNull(winner);
        Assert.Null(loser);
        Assert.Equal(SubmissionStatus.Creating, (await store.GetAsync("tenant/1", "c1", ct))!.Status);
    }

    [Fact]
    public async Task TryReplace_Missing_ReturnsNull()
    {
        var store = await CreateStoreAsync();

        var replaced = await store.TryReplaceAsync(A("never-added") with { Version = null }, ct);

        Assert.Null(replaced);
    }

    [Fact]
    public async Task List_ByStatus_ReturnsOnlyThoseAcrossTenants()
    {
        var store = await CreateStoreAsync();
        await store.TryAddAsync(A("c1") with { Status = SubmissionStatus.Queued }, ct);
        await store.TryAddAsync(A("c2") with { TenantId = "tenant-2", Status = SubmissionStatus.Creating }, ct);
        await store.TryAddAsync(A("c3") with { Status = SubmissionStatus.Created }, ct);

        var found = await store.ListAsync([SubmissionStatus.Queued, SubmissionStatus.Creating], ct);

        Assert.Equal(["c1", "c2"], found.Select(s => s.CorrelationId).Order(StringComparer.Ordinal));
    }

    internal static ShareSubmission A(string correlationId) => new()
    {
        TenantId = "tenant/1",
        CorrelationId = correlationId,
        Form = new ShareForm("AdminMFAV2", "Require MFA", "Because.", 2, new DateOnly(2026, 12, 26), TicketTable.ChangeRequest, RecommendationSource.Microsoft, RecommendationCategory.Identity),
        Status = SubmissionStatus.Pending,
        InitiatedBy = "Megan Bowen (aad-1)",
        SharedBy = "Megan Bowen",
        ConversationId = "a:1#conv",
        CardActivityId = "card-1",
        Locale = "zh-CN",
        UtcOffset = TimeSpan.FromHours(8),
        Attempts = 1,
        NextAttemptAt = new DateTimeOffset(2026, 11, 26, 8, 1, 0, TimeSpan.Zero),
        UpdatedAt = new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero),
    };
}
