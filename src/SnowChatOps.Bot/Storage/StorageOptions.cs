using System.ComponentModel.DataAnnotations;

namespace SnowChatOps.Bot.Storage;

/// <summary>
/// Azure Table Storage: either the table endpoint, reached with the app's Azure identity (production), or a connection
/// string (Azurite, development). A connection string with an account key is a secret outside Development.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>For Azurite and development; in Azure prefer <see cref="TableServiceUri"/>.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>e.g. https://&lt;account&gt;.table.core.windows.net/; used with the managed identity (Storage Table Data Contributor).</summary>
    public Uri? TableServiceUri { get; init; }

    /// <summary>Prefixed to every table name so several deployments can share one account.</summary>
    [Required, RegularExpression("^[A-Za-z][A-Za-z0-9]{0,20}$", ErrorMessage = "Storage:TablePrefix must be letters and digits, starting with a letter.")]
    public string TablePrefix { get; init; } = "SnowChatOps";
}
