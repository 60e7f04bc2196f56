using Azure.Data.Tables;
using SnowChatOps.Bot.Secrets;
using SnowChatOps.IntegrationTests.Storage;
using SnowChatOps.TestSupport.Certificates;

namespace SnowChatOps.IntegrationTests.Secrets;

/// <summary>
/// Issue 16.1 on real Azurite: secrets written by a host whose key ring is protected by a certificate cannot be opened
/// from a copy of every table without that certificate; rotation keeps old secrets readable and protects new keys
/// with the new certificate only.
/// </summary>
public sealed class KeyRingProtectionTests(AzuriteFixture azurite) : IDisposable
{
    private readonly KeyRingCertificate first = KeyRingCertificate.Create("keyring-first");
    private readonly KeyRingCertificate second = KeyRingCertificate.Create("keyring-second");
    private readonly string prefix = "k" + Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public async Task CopyOfEveryTable_WithoutTheProtectionCertificate_DecryptsNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var stored = await WriteEverySecretKindAsync(ProtectedBy(first), ct);
        var copy = "c" + prefix;

        var rows = await TableCopy.CopyAsync(Service(), prefix, copy, ct);

        Assert.True(rows > stored.Count, "the copy holds the key ring as well as the secrets");
        var keyRing = await KeyRingXmlAsync(copy, ct);
        Assert.All(keyRing, xml => Assert.Contains("EncryptedData", xml, StringComparison.Ordinal));
        Assert.All(keyRing, xml => Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal));
        using var unprotected = Host(copy, "Development", new Dictionary<string, string?>());
        using var otherCertificate = Host(copy, "Production", ProtectedBy(second));
        using var rightCertificate = Host(copy, "Production", ProtectedBy(first));
        Assert.All(stored, s => Assert.Null(unprotected.Protector.TryUnprotect(s.Kind, s.Protected)));
        Assert.All(stored, s => Assert.Null(otherCertificate.Protector.TryUnprotect(s.Kind, s.Protected)));
        Assert.All(stored, s => Assert.Equal(s.Plain, rightCertificate.Protector.TryUnprotect(s.Kind, s.Protected)));
    }

    [Fact]
    public async Task Rotation_NewCertificateWithThePreviousKept_ReadsOldSecretsAndProtectsNewKeysWithTheNewOne()
    {
        var ct = TestContext.Current.CancellationToken;
        var old = await WriteEverySecretKindAsync(ProtectedBy(first), ct);
        var rotated = new Dictionary<string, string?>(ProtectedBy(second)) { ["Secrets:PreviousKeyRingCertificatePaths:0"] = first.Path };

        using (var rotating = Host(prefix, "Production", rotated))
        {
            Assert.All(old, s => Assert.Equal(s.Plain, rotating.Protector.TryUnprotect(s.Kind, s.Protected)));
            rotating.RollKey();
        }

        using var afterRotation = Host(prefix, "Production", rotated);
        var fresh = afterRotation.Protector.Protect(SecretKind.RefreshToken, "written-after-rotation");
        using var newOnly = Host(prefix, "Production", ProtectedBy(second));
        using var oldOnly = Host(prefix, "Production", ProtectedBy(first));
        Assert.Equal("written-after-rotation", newOnly.Protector.TryUnprotect(SecretKind.RefreshToken, fresh));
        Assert.Null(oldOnly.Protector.TryUnprotect(SecretKind.RefreshToken, fresh));
        var newest = (await KeyRingXmlAsync(prefix, ct)).Where(x => x.Contains(Convert.ToBase64String(second.RawData), StringComparison.Ordinal));
        Assert.Single(newest);
    }

    public void Dispose()
    {
        first.Dispose();
        second.Dispose();
    }

    private static Dictionary<string, string?> ProtectedBy(KeyRingCertificate certificate) =>
        new() { ["Secrets:KeyRingCertificatePath"] = certificate.Path };

    private async Task<List<(SecretKind Kind, string Plain, string Protected)>> WriteEverySecretKindAsync(
        IReadOnlyDictionary<string, string?> protection, CancellationToken ct)
    {
        using var host = Host(prefix, "Production", protection);
        var secrets = Enum.GetValues<SecretKind>().Select(kind => (kind, Plain: $"{kind}-{Guid.NewGuid():N}")).ToList();
        var stored = secrets.Select(s => (s.kind, s.Plain, Protected: host.Protector.Protect(s.kind, s.Plain))).ToList();
        var table = Service().GetTableClient(prefix + "Vault");
        await table.CreateIfNotExistsAsync(ct);
        foreach (var (kind, _, value) in stored)
        {
            await table.AddEntityAsync(new TableEntity("secrets", kind.ToString()) { ["Value"] = value }, ct);
        }

        return stored;
    }

    private SecretsHost Host(string tablePrefix, string environment, IReadOnlyDictionary<string, string?> protection) =>
        new(azurite.ConnectionString, tablePrefix, environment, protection);

    private async Task<List<string>> KeyRingXmlAsync(string tablePrefix, CancellationToken ct)
    {
        var rows = Service().GetTableClient(tablePrefix + TableXmlRepository.TableName).QueryAsync<TableEntity>(cancellationToken: ct);
        var xml = new List<string>();
        await foreach (var row in rows)
        {
            xml.Add(row.GetString("Xml"));
        }

        return xml;
    }

    private TableServiceClient Service() => new(azurite.ConnectionString);
}
