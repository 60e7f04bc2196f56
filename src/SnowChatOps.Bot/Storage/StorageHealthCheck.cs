using Azure;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SnowChatOps.Bot.Storage;

/// <summary>/healthz: can we reach Table Storage? A cheap service-properties read proves the account answers.</summary>
internal sealed class StorageHealthCheck(StorageTables tables, ILogger<StorageHealthCheck> logger) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // A health probe must answer quickly: do not sit through the SDK's retries when storage is down.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await foreach (var _ in tables.Service.QueryAsync(maxPerPage: 1, cancellationToken: timeout.Token).AsPages(pageSizeHint: 1))
            {
                break;
            }

            return HealthCheckResult.Healthy("Table Storage reachable");
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or AggregateException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.HealthCheckFailed(ex);
            return HealthCheckResult.Unhealthy("Table Storage unreachable");
        }
    }
}
