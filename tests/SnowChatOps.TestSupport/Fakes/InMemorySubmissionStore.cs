using System.Globalization;
using SnowChatOps.Bot.Sharing.Submission;

namespace SnowChatOps.TestSupport.Fakes;

/// <summary>The in-memory twin of TableSubmissionStore (versions instead of ETags); both pass SubmissionStoreContract.</summary>
internal sealed class InMemorySubmissionStore : ISubmissionStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<(string Tenant, string Correlation), ShareSubmission> rows = [];
    private long version;

    public IReadOnlyList<ShareSubmission> All
    {
        get
        {
            lock (gate)
            {
                return [.. rows.Values];
            }
        }
    }

    public Task<ShareSubmission?> GetAsync(string tenantId, string correlationId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(rows.GetValueOrDefault((tenantId, correlationId)));
        }
    }

    public Task<ShareSubmission?> TryAddAsync(ShareSubmission submission, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var key = (submission.TenantId, submission.CorrelationId);
            if (rows.ContainsKey(key))
            {
                return Task.FromResult<ShareSubmission?>(null);
            }

            return Task.FromResult<ShareSubmission?>(rows[key] = Versioned(submission));
        }
    }

    public Task<ShareSubmission?> TryReplaceAsync(ShareSubmission submission, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var key = (submission.TenantId, submission.CorrelationId);
            if (!rows.TryGetValue(key, out var current) || (submission.Version is not null && submission.Version != current.Version))
            {
                return Task.FromResult<ShareSubmission?>(null);
            }

            return Task.FromResult<ShareSubmission?>(rows[key] = Versioned(submission));
        }
    }

    public Task<IReadOnlyList<ShareSubmission>> ListAsync(IReadOnlyCollection<SubmissionStatus> statuses, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<ShareSubmission>>([.. rows.Values.Where(s => statuses.Contains(s.Status))]);
        }
    }

    private ShareSubmission Versioned(ShareSubmission submission) =>
        submission with { Version = (++version).ToString(CultureInfo.InvariantCulture) };
}
