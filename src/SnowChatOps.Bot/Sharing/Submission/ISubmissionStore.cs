namespace SnowChatOps.Bot.Sharing.Submission;

/// <summary>Where share submissions live until (and after) their ticket exists.</summary>
internal interface ISubmissionStore
{
    Task<ShareSubmission?> GetAsync(string tenantId, string correlationId, CancellationToken cancellationToken);

    /// <summary>Stores a new submission; null when one with the same tenant and correlation id already exists.</summary>
    Task<ShareSubmission?> TryAddAsync(ShareSubmission submission, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the submission if its <see cref="ShareSubmission.Version"/> is still current; null when another
    /// writer changed it first. This is how exactly one turn or processor wins the right to call ServiceNow.
    /// </summary>
    Task<ShareSubmission?> TryReplaceAsync(ShareSubmission submission, CancellationToken cancellationToken);

    /// <summary>Submissions in any of <paramref name="statuses"/>, across tenants (for the background processor).</summary>
    Task<IReadOnlyList<ShareSubmission>> ListAsync(IReadOnlyCollection<SubmissionStatus> statuses, CancellationToken cancellationToken);
}
