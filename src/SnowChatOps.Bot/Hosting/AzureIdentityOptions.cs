namespace SnowChatOps.Bot.Hosting;

/// <summary>
/// Which identity the app uses for Azure Storage and Key Vault when they are given by URI (no connection string).
/// </summary>
public sealed class AzureIdentityOptions
{
    public const string Section = "AzureIdentity";

    /// <summary>
    /// Client id of a user-assigned managed identity (infra/ sets it). Empty: DefaultAzureCredential, which finds a
    /// system-assigned identity in Azure and your az / Visual Studio sign-in on a developer machine.
    /// </summary>
    public string? ManagedIdentityClientId { get; init; }
}
