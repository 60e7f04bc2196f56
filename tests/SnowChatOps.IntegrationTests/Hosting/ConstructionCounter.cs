using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace SnowChatOps.IntegrationTests.Hosting;

/// <summary>
/// Counts how often the container builds chosen services of the real composition root: each one's own registration
/// (the type itself) is replaced by a factory of the same lifetime that counts, then builds the real type with its
/// real dependencies.
/// </summary>
internal sealed class ConstructionCounter
{
    private readonly ConcurrentDictionary<Type, int> counts = new();
    private readonly ConcurrentDictionary<Type, TaskCompletionSource> firsts = new();

    public ConstructionCounter Count<T>(IServiceCollection services)
        where T : class
    {
        var own = services.SingleOrDefault(d => d.ServiceType == typeof(T) && d.ImplementationType == typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not registered as itself.");
        services.Remove(own);
        services.Add(ServiceDescriptor.Describe(typeof(T), sp =>
        {
            counts.AddOrUpdate(typeof(T), 1, (_, n) => n + 1);
            FirstOf(typeof(T)).TrySetResult();
            return ActivatorUtilities.CreateInstance<T>(sp);
        }, own.Lifetime));
        return this;
    }

    public int Of<T>() => counts.GetValueOrDefault(typeof(T));

    /// <summary>Completes when <typeparamref name="T"/> is first built.</summary>
    public Task FirstBuilt<T>() => FirstOf(typeof(T)).Task;

    private TaskCompletionSource FirstOf(Type type) => firsts.GetOrAdd(type, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
