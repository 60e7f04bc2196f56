using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SnowChatOps.Bot.Secrets;

/// <summary>
/// /readyz: every key of the key ring opens with this instance's protection certificates, and a protect/unprotect
/// round trip works. An instance that fails this cannot read stored secrets (a missing or wrong certificate after a
/// deployment or rotation), so it must not take traffic; it would otherwise quietly create a fresh key and carry on.
/// </summary>
internal sealed class KeyRingHealthCheck(IDataProtectionProvider provider, IKeyManager keys, ILogger<KeyRingHealthCheck> logger) : IHealthCheck
{
    private const string Probe = "readiness";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var closed = keys.GetAllKeys().Count(key => !key.IsRevoked && !Opens(key));
            if (closed > 0)
            {
                logger.KeysUnreadable(closed);
                return Task.FromResult(HealthCheckResult.Unhealthy($"{closed} key ring key(s) cannot be decrypted with the configured certificates"));
            }

            var protector = provider.CreateProtector("SnowChatOps", "readiness", "v1");
            return Task.FromResult(protector.Unprotect(protector.Protect(Probe)) == Probe
                ? HealthCheckResult.Healthy("Key ring usable")
                : HealthCheckResult.Unhealthy("Key ring round trip differs"));
        }
        catch (Exception ex) when (ex is CryptographicException or Azure.RequestFailedException or AggregateException or InvalidOperationException)
        {
            logger.KeyRingUnusable(ex);
            return Task.FromResult(HealthCheckResult.Unhealthy("Key ring unusable"));
        }
    }

    private static bool Opens(IKey key)
    {
        try
        {
            return key.Descriptor is not null;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
