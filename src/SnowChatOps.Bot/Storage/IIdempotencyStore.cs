namespace SnowChatOps.Bot.Storage;

/// <summary>
/// Remembers that something happened once: the first caller to claim (scope, key) wins, every later caller
/// (another turn, another instance, a replayed webhook) is told it was already done.
/// </summary>
internal interface IIdempotencyStore
{
    Task<bool> TryClaimAsync(string scope, string key, CancellationToken cancellationToken);

    Task ReleaseAsync(string scope, string key, CancellationToken cancellationToken);
}
