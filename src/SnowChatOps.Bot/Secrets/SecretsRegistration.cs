using Azure.Data.Tables;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Hosting;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.Bot.Secrets;

internal static class SecretsRegistration
{
    /// <summary>Data Protection's internal hosted service that preloads the key ring (see <see cref="RemoveKeyRingPreload"/>).</summary>
    internal const string KeyRingPreloadTypeName = "DataProtectionHostedService";

    public static IServiceCollection AddSecrets(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SecretsOptions>().BindConfiguration(SecretsOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SecretsOptions>, SecretsOptionsValidator>();
        services.AddDataProtection().SetApplicationName("SnowChatOps");
        services.RemoveKeyRingPreload();
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(o =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var table = sp.GetRequiredService<TableServiceClient>().GetTableClient(storage.TablePrefix + TableXmlRepository.TableName);
            o.XmlRepository = new TableXmlRepository(table);
        }));

        // Which source is decided by configuration (validated at start); Development may run unprotected on Azurite.
        var options = configuration.GetSection(SecretsOptions.Section).Get<SecretsOptions>() ?? new SecretsOptions();
        if (options.UsesFile || options.UsesKeyVault)
        {
            if (options.UsesKeyVault)
            {
                services.AddSingleton<IKeyRingCertificateSource, KeyVaultKeyRingCertificates>();
            }
            else
            {
                services.AddSingleton<IKeyRingCertificateSource, FileKeyRingCertificates>();
            }

            services.AddSingleton<KeyRingProtection>();
            services.AddSingleton<KeyRingXmlEncryptor>();
            services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(
                o => o.XmlEncryptor = sp.GetRequiredService<KeyRingXmlEncryptor>()));
        }

        services.AddSingleton<SecretProtector>();
        services.AddHealthChecks().AddCheck<KeyRingHealthCheck>("key-ring", tags: [HealthTags.Ready]);
        return services;
    }

    /// <summary>
    /// Data Protection registers a hosted service whose only work is to read the key ring once at start (and log when
    /// it cannot). Every protect and unprotect reads (and refreshes) the key ring anyway, so the first secret to be
    /// encrypted or decrypted loads it; preloading only made every instance build the key ring's dependency graph
    /// (Table Storage, XML decryption) at start, whether or not it ever opens a secret. The type is internal, so it
    /// is matched by name; <c>SecretsRegistrationTests</c> fails if a new ASP.NET Core version renames it.
    /// </summary>
    private static void RemoveKeyRingPreload(this IServiceCollection services)
    {
        var dataProtection = typeof(KeyManagementOptions).Assembly;
        var preload = services.FirstOrDefault(d => d.ServiceType == typeof(IHostedService)
            && d.ImplementationType?.Assembly == dataProtection && d.ImplementationType.Name == KeyRingPreloadTypeName);
        if (preload is not null)
        {
            services.Remove(preload);
        }
    }
}
