using System.Security.Cryptography.X509Certificates;
using Azure.Data.Tables;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Storage;

namespace SnowChatOps.Bot.Secrets;

internal static class SecretsRegistration
{
    public static IServiceCollection AddSecrets(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(SecretsOptions.Section).Get<SecretsOptions>() ?? new SecretsOptions();
        var dataProtection = services.AddDataProtection().SetApplicationName("SnowChatOps");
        if (!string.IsNullOrWhiteSpace(options.KeyRingCertificatePath))
        {
            dataProtection.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(options.KeyRingCertificatePath, options.KeyRingCertificatePassword));
        }

        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(o =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var table = sp.GetRequiredService<TableServiceClient>().GetTableClient(storage.TablePrefix + TableXmlRepository.TableName);
            o.XmlRepository = new TableXmlRepository(table);
        }));
        services.AddSingleton<SecretProtector>();
        return services;
    }
}
