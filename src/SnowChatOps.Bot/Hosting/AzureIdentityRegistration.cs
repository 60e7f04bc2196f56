using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace SnowChatOps.Bot.Hosting;

internal static class AzureIdentityRegistration
{
    /// <summary>
    /// The one <see cref="TokenCredential"/> for Azure data planes (Table Storage, Key Vault). It is only created when
    /// something asks for it, so Azurite and file-based setups never touch Entra ID.
    /// </summary>
    public static IServiceCollection AddAzureIdentity(this IServiceCollection services)
    {
        services.AddOptions<AzureIdentityOptions>().BindConfiguration(AzureIdentityOptions.Section);
        services.AddSingleton(sp => CredentialFor(sp.GetRequiredService<IOptions<AzureIdentityOptions>>().Value));
        return services;
    }

    public static TokenCredential CredentialFor(AzureIdentityOptions options) =>
        string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? new DefaultAzureCredential(new DefaultAzureCredentialOptions { ExcludeInteractiveBrowserCredential = true })
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
}
