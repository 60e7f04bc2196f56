using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SnowChatOps.Bot.Hosting;

internal static class DeferredRegistration
{
    /// <summary>Makes <see cref="Deferred{T}"/> of <typeparamref name="T"/> (itself registered elsewhere) injectable.</summary>
    public static IServiceCollection AddDeferred<T>(this IServiceCollection services)
        where T : class
    {
        services.TryAddSingleton<Deferred<T>>();
        return services;
    }
}
