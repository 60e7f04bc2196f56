using System.Net;
using SnowChatOps.IntegrationTests.Bot;
using SnowChatOps.TestSupport;
using SnowChatOps.TestSupport.Processes;

namespace SnowChatOps.IntegrationTests.Storage;

/// <summary>
/// Table Storage out of reach, then back, under a running bot: the stores and the Data Protection key ring recover
/// by themselves (no restart). Before, a start-up while storage was down cached the first failure (the key ring's
/// table creation, and any table whose creation failed with a refused connection) until the process restarted.
/// </summary>
public sealed class StorageOutageTests
{
    private static readonly TimeSpan RecoveryBudget = TimeSpan.FromSeconds(60);
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartedWhileStorageDown_HealthyOnceItIsBack_WithoutRestart()
    {
        var port = FreePort.Next();
        await using var factory = new BotHostFactory("Development", new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = AzuriteProcess.ConnectionStringFor(port),
            ["Storage:TablePrefix"] = "outage" + Guid.NewGuid().ToString("N")[..12],
        });
        using var client = factory.CreateClient();
        using (var down = await client.GetAsync("/healthz", ct))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        }

        await using var azurite = await AzuriteProcess.StartAsync(ct, port);

        Assert.True(await BecomesHealthyAsync(client, "/healthz"), $"/healthz still unhealthy {RecoveryBudget.TotalSeconds} s after storage came back");
        Assert.True(await BecomesHealthyAsync(client, "/readyz"), "/readyz (storage and the key ring round trip) still unhealthy");
    }

    /// <summary>Asks once a second until the probe answers 200, within <see cref="RecoveryBudget"/>.</summary>
    private async Task<bool> BecomesHealthyAsync(HttpClient client, string path)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(RecoveryBudget);
        using var ticks = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            do
            {
                using var response = await client.GetAsync(path, deadline.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return true;
                }
            }
            while (await ticks.WaitForNextTickAsync(deadline.Token));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
        }

        return false;
    }
}
