using Azure;
using Azure.Data.Tables;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.Bot.Sharing.Submission;

/// <summary>
/// Table "Submissions": PartitionKey = tenant id (every lookup is per tenant), RowKey = the escaped correlation id
/// (unique per submission, minted when the form was rendered). Insert-if-absent (409) and ETag-conditional
/// replace (412) make the first writer win across turns and instances.
/// </summary>
internal sealed class TableSubmissionStore(StorageTables tables) : ISubmissionStore
{
    public const string TableName = "Submissions";

    public async Task<ShareSubmission?> GetAsync(string tenantId, string correlationId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(
            TableKey.Escape(tenantId), TableKey.Escape(correlationId), cancellationToken: cancellationToken);
        return response.HasValue ? SubmissionEntity.ToSubmission(response.Value!) : null;
    }

    public async Task<ShareSubmission?> TryAddAsync(ShareSubmission submission, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        try
        {
            var response = await table.AddEntityAsync(SubmissionEntity.ToEntity(submission), cancellationToken);
            return submission with { Version = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return null;
        }
    }

    public async Task<ShareSubmission?> TryReplaceAsync(ShareSubmission submission, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        try
        {
            var version = submission.Version is { } v ? new ETag(v) : ETag.All;
            var response = await table.UpdateEntityAsync(SubmissionEntity.ToEntity(submission), version, TableUpdateMode.Replace, cancellationToken);
            return submission with { Version = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<ShareSubmission>> ListAsync(IReadOnlyCollection<SubmissionStatus> statuses, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var filter = string.Join(" or ", statuses.Select(s => TableClient.CreateQueryFilter($"Status eq {s.ToString()}")));
        var found = new List<ShareSubmission>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            found.Add(SubmissionEntity.ToSubmission(entity));
        }

        return found;
    }
}
