using Azure.Data.Tables;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Hosting;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.Bot.Secrets;

internal static class SecretsRegistration
{
    public static IServiceCollection AddSecrets(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SecretsOptions>().BindConfiguration(SecretsOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SecretsOptions>, SecretsOptionsValidator>();
        services.AddDataProtection().SetApplicationName("SnowChatOps");
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
}
