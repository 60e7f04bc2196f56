using Microsoft.Extensions.Options;

namespace SnowChatOps.Bot.Storage;

/// <summary>Exactly one way to reach Table Storage: a connection string or an https table endpoint.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var hasConnectionString = !string.IsNullOrWhiteSpace(options.ConnectionString);
        var hasUri = options.TableServiceUri is not null;
        if (hasConnectionString == hasUri)
        {
            return ValidateOptionsResult.Fail(
                "Give exactly one of Storage:ConnectionString (Azurite, development) and Storage:TableServiceUri (Azure, with the managed identity).");
        }

        if (hasUri && (!options.TableServiceUri!.IsAbsoluteUri || options.TableServiceUri.Scheme != Uri.UriSchemeHttps))
        {
            return ValidateOptionsResult.Fail("Storage:TableServiceUri must be an absolute https URL, e.g. https://<account>.table.core.windows.net/.");
        }

        return ValidateOptionsResult.Success;
    }
}
