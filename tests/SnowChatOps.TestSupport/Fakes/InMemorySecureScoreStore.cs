using System.Collections.Concurrent;
using SnowChatOps.Bot.SecureScore.Store;

namespace SnowChatOps.TestSupport.Fakes;

/// <summary>In-memory twin of <see cref="TableSecureScoreStore"/>.</summary>
internal sealed class InMemorySecureScoreStore : ISecureScoreStore
{
    private readonly ConcurrentDictionary<string, SecureScoreSettings> settings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ControlWrite> writes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PendingConfirmation> pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Tenant, string Conversation), string> zones = new();

    public IReadOnlyCollection<PendingConfirmation> Pending => [.. pending.Values];

    public Task<SecureScoreSettings> GetSettingsAsync(string tenantId, CancellationToken cancellationToken) =>
        Task.FromResult(settings.TryGetValue(tenantId, out var found) ? found : new SecureScoreSettings(tenantId));

    public Task SaveSettingsAsync(SecureScoreSettings value, CancellationToken cancellationToken)
    {
        settings[value.TenantId] = value;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> ListAlertTenantsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([.. settings.Values.Where(s => s.DropThreshold is not null).Select(s => s.TenantId)]);

    public Task SaveTimeZoneAsync(string tenantId, string conversationId, string timeZone, CancellationToken cancellationToken)
    {
        zones[(tenantId, conversationId)] = timeZone;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<string, string>> ListTimeZonesAsync(string tenantId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(zones.Where(z => z.Key.Tenant == tenantId).ToDictionary(z => z.Key.Conversation, z => z.Value, StringComparer.Ordinal));

    public Task<ControlWrite?> GetWriteAsync(string tenantId, string controlId, CancellationToken cancellationToken) =>
        Task.FromResult(writes.TryGetValue(WriteKey(tenantId, controlId), out var found) ? found : null);

    public Task SaveWriteAsync(ControlWrite write, CancellationToken cancellationToken)
    {
        writes[WriteKey(write.TenantId, write.ControlId)] = write;
        return Task.CompletedTask;
    }

    public Task SavePendingAsync(PendingConfirmation value, CancellationToken cancellationToken)
    {
        pending[value.Key] = value;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PendingConfirmation>> ListPendingAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PendingConfirmation>>([.. pending.Values]);

    public Task DeletePendingAsync(PendingConfirmation value, CancellationToken cancellationToken)
    {
        pending.TryRemove(value.Key, out _);
        return Task.CompletedTask;
    }

    private static string WriteKey(string tenantId, string controlId) => tenantId + "|" + controlId.ToUpperInvariant();
}
