namespace SnowChatOps.Bot.Hosting;

/// <summary>
/// A service resolved once, on first use, instead of when its holder is built. Hosted services are built when the host
/// starts and the bot on its first turn; a loop's worker or a rarely used invoke handler, with the dependency graph
/// behind it, is built when its first cycle or invoke runs. Register with <c>AddDeferred&lt;T&gt;()</c>.
/// </summary>
internal sealed class Deferred<T>(IServiceProvider services)
    where T : class
{
    private T? value;

    // The first resolution is kept (as the holder kept the instance it was built with); a failed one is retried on the
    // next read. Two first reads at once may both resolve: a singleton resolves to one instance anyway.
    public T Value => value ??= services.GetRequiredService<T>();
}
