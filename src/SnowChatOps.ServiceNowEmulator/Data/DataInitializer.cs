namespace SnowChatOps.ServiceNowEmulator.Data;

/// <summary>At start, loads the data file when there is one, else seeds the demo data.</summary>
internal sealed class DataInitializer(RecordStore store, Seeder seeder) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!store.TryLoad())
        {
            seeder.Seed();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
