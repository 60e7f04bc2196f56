using Azure;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SnowChatOps.Bot.Storage;

/// <summary>/healthz: can we reach Table Storage? A cheap service-properties read proves the account answers.</summary>
internal sealed class StorageHealthCheck(StorageTables tables, ILogger<StorageHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await foreach (var _ in tables.Service.QueryAsync(maxPerPage: 1, cancellationToken: cancellationToken).AsPages(pageSizeHint: 1))
            {
                break;
            }

            return HealthCheckResult.Healthy("Table Storage reachable");
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or AggregateException)
        {
            logger.HealthCheckFailed(ex);
            return HealthCheckResult.Unhealthy("Table Storage unreachable");
        }
    }
}
