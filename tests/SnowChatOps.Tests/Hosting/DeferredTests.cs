using Microsoft.Extensions.DependencyInjection;
using SnowChatOps.Bot.Hosting;

namespace SnowChatOps.Tests.Hosting;

public sealed class DeferredTests
{
    [Fact]
    public void Deferred_Resolved_HasNotBuiltItsService()
    {
        var built = 0;
        using var provider = new ServiceCollection()
            .AddSingleton(_ => new Worker(++built))
            .AddDeferred<Worker>()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var deferred = provider.GetRequiredService<Deferred<Worker>>();

        Assert.NotNull(deferred);
        Assert.Equal(0, built);
    }

    [Fact]
    public void Value_ReadTwice_BuildsTheRegisteredSingletonOnce()
    {
        var built = 0;
        using var provider = new ServiceCollection().AddSingleton(_ => new Worker(++built)).AddDeferred<Worker>().BuildServiceProvider();
        var deferred = provider.GetRequiredService<Deferred<Worker>>();

        var first = deferred.Value;
        var second = deferred.Value;

        Assert.Same(first, second);
        Assert.Same(provider.GetRequiredService<Worker>(), first);
        Assert.Equal(1, built);
    }

    [Fact]
    public void Value_FirstBuildFailed_IsBuiltAgainOnTheNextRead()
    {
        var attempts = 0;
        using var provider = new ServiceCollection()
            .AddTransient(_ => ++attempts == 1 ? throw new InvalidOperationException("storage out of reach") : new Worker(attempts))
            .AddDeferred<Worker>()
            .BuildServiceProvider();
        var deferred = provider.GetRequiredService<Deferred<Worker>>();

        Assert.Throws<InvalidOperationException>(() => deferred.Value);
        var worker = deferred.Value;

        Assert.Equal(2, worker.Number);
    }

    [Fact]
    public void AddDeferred_Twice_RegistersOneDeferred()
    {
        var services = new ServiceCollection().AddSingleton(new Worker(1)).AddDeferred<Worker>().AddDeferred<Worker>();

        Assert.Single(services, d => d.ServiceType == typeof(Deferred<Worker>));
    }

    private sealed record Worker(int Number);
}
