using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Sharing;
using SnowChatOps.Bot.Sharing.Form;
using SnowChatOps.Bot.Sharing.Submission;
using SnowChatOps.ServiceNowEmulator.Data;
using SnowChatOps.TestSupport.Hosting;

namespace SnowChatOps.IntegrationTests.Bot.Fuzz;

/// <summary>What the fuzz checks against: the emulator's tickets, the bot's own validation rules, and the stores afterwards.</summary>
internal sealed class FuzzOracle(BotApplication app, WebApplicationFactory<EmulatorEntryPoint> emulator)
{
    private static readonly string[] Tables = ["incident", "change_request"];

    private RecordStore Records => emulator.Services.GetRequiredService<RecordStore>();

    public int TicketCount() => Tables.Sum(t => Records.List(t).Count);

    public static string? CorrelationOf(string arg) => CardArg.TryRead<ShareArg>(arg, out var share) ? share.CorrelationId : null;

    /// <summary>
    /// A press that may create a ticket: a share verb from a user of the connected tenant, a well-formed share argument,
    /// and either form values the server-side validator accepts or "create anyway" of a stored submission.
    /// </summary>
    public bool IsValidShare(FuzzInput input, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(activity);
        if (input.Kind != FuzzKind.Submit || input.Sender == FuzzSender.OtherTenant
            || SubmitPayload.TryRead(activity.Value) is not { } payload || !CardArg.TryRead<ShareArg>(payload.Input.Argument, out var arg))
        {
            return false;
        }

        var today = DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime);
        return payload.Verb switch
        {
            ShareCommandNames.Submit => ShareFormValidator.Validate(arg.ActionId, ShareFormValues.From(payload.Input), today).Form is not null
                || app.Submissions.All.Any(s => s.CorrelationId == arg.CorrelationId),
            ShareCommandNames.SubmitAnyway => app.Submissions.All.Any(s => s.CorrelationId == arg.CorrelationId),
            _ => false,
        };
    }

    /// <summary>
    /// No half-written record: every submission is settled (none left Creating or Queued, every Created one names a
    /// ticket that exists), every tracked ticket exists in ServiceNow, every ticket SnowChatOps created is tracked
    /// and belongs to a submission, and no record holds a control character.
    /// </summary>
    public void AssertNothingHalfWritten()
    {
        var tickets = Tables.SelectMany(Records.List).ToList();
        var sysIds = tickets.Select(r => r["sys_id"]).ToHashSet(StringComparer.Ordinal);
        foreach (var submission in app.Submissions.All)
        {
            Assert.True(submission.Status is SubmissionStatus.Pending or SubmissionStatus.Created or SubmissionStatus.Failed, $"{submission.CorrelationId} left {submission.Status}");
            Assert.True(submission.Status != SubmissionStatus.Created || (submission.Ticket is { } t && sysIds.Contains(t.SysId)), $"{submission.CorrelationId} names no ticket");
        }

        var tracked = app.Tracked.All.Select(t => t.SysId).ToHashSet(StringComparer.Ordinal);
        Assert.True(tracked.IsSubsetOf(sysIds), "a tracked ticket does not exist in ServiceNow");
        var correlations = app.Submissions.All.Select(s => s.CorrelationId).ToHashSet(StringComparer.Ordinal);
        foreach (var ours in tickets.Where(r => r.GetValueOrDefault("correlation_id", string.Empty).StartsWith(CorrelationIds.Prefix, StringComparison.Ordinal)))
        {
            Assert.Contains(ours["sys_id"], tracked);
            Assert.Contains(ours["correlation_id"], correlations);
        }

        Assert.DoesNotContain(tickets, row => row.Values.Any(v => v.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t')));
    }
}
