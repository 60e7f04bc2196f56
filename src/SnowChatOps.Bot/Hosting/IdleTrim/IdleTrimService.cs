using Microsoft.Extensions.Options;

namespace SnowChatOps.Bot.Hosting.IdleTrim;

/// <summary>
/// Every half of <see cref="IdleTrimOptions.After"/>: when the bot has been quiet that long since its last traffic,
/// trims the GC's memory once (<see cref="IMemoryTrimmer"/>). A busy bot never trims; an idle one trims once and
/// then sleeps until traffic comes back and goes again.
/// </summary>
internal sealed class IdleTrimService(
    TrafficClock traffic, IMemoryTrimmer trimmer, IOptions<IdleTrimOptions> options, TimeProvider time, ILogger<IdleTrimService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(settings.After / 2, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (traffic.TryStartTrim(settings.After))
            {
                var (before, after) = trimmer.Trim();
                logger.Trimmed(before / (1024 * 1024), after / (1024 * 1024));
            }
        }
    }
}
