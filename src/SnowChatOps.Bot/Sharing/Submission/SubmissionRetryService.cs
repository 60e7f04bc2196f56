using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Hosting;

namespace SnowChatOps.Bot.Sharing.Submission;

/// <summary>The loop only; all logic is in <see cref="QueuedSubmissionProcessor.ProcessQueuedOnceAsync"/>.</summary>
internal sealed class SubmissionRetryService(
    Deferred<QueuedSubmissionProcessor> processor, TimeProvider time, IOptions<SharingOptions> options, ILogger<SubmissionRetryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.BackgroundRetries)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.RetryInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await processor.Value.ProcessQueuedOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.CycleFailed(ex); // loop boundary: one bad cycle must not stop retries
            }
        }
    }
}
