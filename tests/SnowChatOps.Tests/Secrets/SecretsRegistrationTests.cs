using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Hosting;
using SnowChatOps.Bot.Secrets;
using SnowChatOps.Bot.Storage;
using SnowChatOps.TestSupport.Harness;
using SnowChatOps.TestSupport.Certificates;

namespace SnowChatOps.Tests.Secrets;

public sealed class SecretsRegistrationTests
{
    [Fact]
    public void Options_ProductionWithoutKeyRingProtection_FailsNamingTheSettings()
    {
        using var provider = Build(Environments.Production, []);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SecretsOptions>>().Value);

        Assert.Contains("Secrets:KeyRingCertificatePath (a PFX) or Secrets:KeyVaultUri with Secrets:KeyRingCertificateName is required outside Development", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_DevelopmentWithoutKeyRingProtection_IsAccepted()
    {
        using var provider = Build(Environments.Development, []);

        Assert.Null(provider.GetRequiredService<IOptions<SecretsOptions>>().Value.KeyRingCertificatePath);
        Assert.Null(provider.GetService<IKeyRingCertificateSource>());
    }

    [Fact]
    public void Options_CertificateFileMissing_FailsNamingThePath()
    {
        using var provider = Build(Environments.Production, new() { ["Secrets:KeyRingCertificatePath"] = "/nonexistent/keyring.pfx" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SecretsOptions>>().Value);

        Assert.Contains("no file at '/nonexistent/keyring.pfx'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_KeyVaultUriWithoutCertificateName_FailsValidation()
    {
        using var provider = Build(Environments.Production, new() { ["Secrets:KeyVaultUri"] = "https://kv-prod.vault.azure.net/" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SecretsOptions>>().Value);

        Assert.Contains("go together", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_FileAndKeyVaultBoth_FailsValidation()
    {
        using var certificate = KeyRingCertificate.Create();
        using var provider = Build(Environments.Production, new()
        {
            ["Secrets:KeyRingCertificatePath"] = certificate.Path,
            ["Secrets:KeyVaultUri"] = "https://kv-prod.vault.azure.net/",
            ["Secrets:KeyRingCertificateName"] = "keyring-protection",
        });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SecretsOptions>>().Value);
    }

    [Fact]
    public void AddSecrets_KeyVaultConfigured_ReadsTheCertificateFromKeyVault()
    {
        using var provider = Build(Environments.Production, new()
        {
            ["Secrets:KeyVaultUri"] = "https://kv-prod.vault.azure.net/",
            ["Secrets:KeyRingCertificateName"] = "keyring-protection",
        });

        Assert.IsType<KeyVaultKeyRingCertificates>(provider.GetRequiredService<IKeyRingCertificateSource>());
        Assert.NotNull(provider.GetRequiredService<IOptions<SecretsOptions>>().Value.KeyVaultUri);
    }

    [Fact]
    public void AddSecrets_CertificateFile_ProtectsWithItAndKeepsPreviousOnesForDecryption()
    {
        using var current = KeyRingCertificate.Create("current");
        using var previous = KeyRingCertificate.Create("previous");
        using var provider = Build(Environments.Production, new()
        {
            ["Secrets:KeyRingCertificatePath"] = current.Path,
            ["Secrets:PreviousKeyRingCertificatePaths:0"] = previous.Path,
        });

        var loaded = provider.GetRequiredService<IKeyRingCertificateSource>().Load();

        Assert.Equal(current.Thumbprint, loaded.Current.Thumbprint);
        Assert.Equal([current.Thumbprint, previous.Thumbprint], loaded.All.Select(c => c.Thumbprint));
    }

    private static ServiceProvider Build(string environment, Dictionary<string, string?> settings)
    {
        settings["Storage:ConnectionString"] = "UseDevelopmentStorage=true";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(new TestHostEnvironment { EnvironmentName = environment })
            .AddLogging()
            .AddAzureIdentity()
            .AddStorage()
            .AddSecrets(configuration)
            .BuildServiceProvider();
    }
}
