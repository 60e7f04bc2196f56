using System.ComponentModel.DataAnnotations;

namespace SnowChatOps.Bot.Storage;

/// <summary>Azure Table Storage (Azurite locally). The connection string is a secret outside Development.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    [Required(ErrorMessage = "Storage:ConnectionString is required (Azure Table Storage, or Azurite locally).")]
    public string ConnectionString { get; init; } = string.Empty;

    /// <summary>Prefixed to every table name so several deployments can share one account.</summary>
    [Required, RegularExpression("^[A-Za-z][A-Za-z0-9]{0,20}$", ErrorMessage = "Storage:TablePrefix must be letters and digits, starting with a letter.")]
    public string TablePrefix { get; init; } = "SnowChatOps";
}
