using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
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

    [Fact]
    public void AddDataProtection_AsThisAspNetCoreRegistersIt_HasTheKeyRingPreloadThatAddSecretsRemoves()
    {
        var plain = new ServiceCollection();
        plain.AddDataProtection();

        var preload = Assert.Single(plain, d => d.ServiceType == typeof(IHostedService));

        Assert.Equal(SecretsRegistration.KeyRingPreloadTypeName, preload.ImplementationType?.Name);
    }

    [Fact]
    public void AddSecrets_AnyEnvironment_RegistersNoHostedServiceThatLoadsTheKeyRingAtStart()
    {
        using var provider = Build(Environments.Development, []);

        Assert.DoesNotContain(provider.GetServices<IHostedService>(), s => s.GetType().Assembly == typeof(KeyManagementOptions).Assembly);
    }

    [Fact]
    public void AddSecrets_WithoutThePreload_FirstProtectLoadsTheKeyRingAndRoundTrips()
    {
        var repository = new ListXmlRepository();
        using var provider = Build(Environments.Development, [], services => services.Configure<KeyManagementOptions>(o => o.XmlRepository = repository));
        var protector = provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");

        var sealedText = protector.Protect("secret-1");

        Assert.Equal("secret-1", protector.Unprotect(sealedText));
        Assert.Single(repository.GetAllElements());
    }

    private static ServiceProvider Build(string environment, Dictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        settings["Storage:ConnectionString"] = "UseDevelopmentStorage=true";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(new TestHostEnvironment { EnvironmentName = environment })
            .AddLogging()
            .AddAzureIdentity()
            .AddStorage()
            .AddSecrets(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    private sealed class ListXmlRepository : Microsoft.AspNetCore.DataProtection.Repositories.IXmlRepository
    {
        private readonly List<System.Xml.Linq.XElement> elements = [];

        public IReadOnlyCollection<System.Xml.Linq.XElement> GetAllElements() => [.. elements];

        public void StoreElement(System.Xml.Linq.XElement element, string friendlyName) => elements.Add(element);
    }
}
