using SnowChatOps.Bot.Secrets;
using SnowChatOps.IntegrationTests.Storage;
using SnowChatOps.TestSupport.Certificates;

namespace SnowChatOps.IntegrationTests.Secrets;

/// <summary>Several instances, one key ring in Table Storage: what one instance protects, another opens.</summary>
public sealed class KeyRingSharingTests(AzuriteFixture azurite) : IDisposable
{
    private readonly KeyRingCertificate certificate = KeyRingCertificate.Create();
    private readonly string prefix = "m" + Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public void Unprotect_KeyCreatedOnAnotherInstanceAfterThisOneLoadedItsRing_StillOpens()
    {
        using var first = Host();
        using var second = Host();
        var early = second.Protector.Protect(SecretKind.PkceVerifier, "early"); // second has loaded (and cached) the ring
        first.RollKey();                                                       // first adds a key second has not seen

        var late = first.Protector.Protect(SecretKind.PkceVerifier, "late");

        Assert.Equal("early", first.Protector.TryUnprotect(SecretKind.PkceVerifier, early));
        Assert.Equal("late", second.Protector.TryUnprotect(SecretKind.PkceVerifier, late));
    }

    public void Dispose() => certificate.Dispose();

    private SecretsHost Host() => new(azurite.ConnectionString, prefix, "Production", new Dictionary<string, string?> { ["Secrets:KeyRingCertificatePath"] = certificate.Path });
}
