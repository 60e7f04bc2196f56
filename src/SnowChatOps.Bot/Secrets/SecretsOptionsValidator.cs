using Microsoft.Extensions.Options;

namespace SnowChatOps.Bot.Secrets;

/// <summary>
/// Key ring protection is mandatory outside Development: without it a copy of the storage account opens every stored
/// secret. Exactly one source of the protection certificate, complete.
/// </summary>
internal sealed class SecretsOptionsValidator(IHostEnvironment environment) : IValidateOptions<SecretsOptions>
{
    public ValidateOptionsResult Validate(string? name, SecretsOptions options)
    {
        if (options.UsesFile && options.UsesKeyVault)
        {
            return ValidateOptionsResult.Fail("Give either Secrets:KeyRingCertificatePath or Secrets:KeyVaultUri with Secrets:KeyRingCertificateName, not both.");
        }

        if (options.UsesKeyVault && (options.KeyVaultUri is null || string.IsNullOrWhiteSpace(options.KeyRingCertificateName)))
        {
            return ValidateOptionsResult.Fail("Secrets:KeyVaultUri and Secrets:KeyRingCertificateName go together (the vault and the key-ring certificate in it).");
        }

        if (options.UsesFile && !File.Exists(options.KeyRingCertificatePath))
        {
            return ValidateOptionsResult.Fail($"Secrets:KeyRingCertificatePath: no file at '{options.KeyRingCertificatePath}'.");
        }

        if (options.PreviousKeyRingCertificatePaths.FirstOrDefault(p => !File.Exists(p)) is { } missing)
        {
            return ValidateOptionsResult.Fail($"Secrets:PreviousKeyRingCertificatePaths: no file at '{missing}'.");
        }

        if (!options.UsesFile && !options.UsesKeyVault && !environment.IsDevelopment())
        {
            return ValidateOptionsResult.Fail(
                $"Secrets:KeyRingCertificatePath (a PFX) or Secrets:KeyVaultUri with Secrets:KeyRingCertificateName is required outside Development " +
                $"(environment '{environment.EnvironmentName}'): without it the Data Protection key ring sits unencrypted next to the secrets it protects.");
        }

        return ValidateOptionsResult.Success;
    }
}
