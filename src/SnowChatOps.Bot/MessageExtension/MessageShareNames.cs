namespace SnowChatOps.Bot.MessageExtension;

/// <summary>The manifest's command id and the verb of the share dialog's submit button.</summary>
internal static class MessageShareNames
{
    /// <summary><c>composeExtensions[].commands[].id</c> in appPackage/manifest.json.</summary>
    public const string CommandId = "shareToServiceNow";

    /// <summary>The dialog's submit data verb; the correlation id travels as its <c>arg</c>.</summary>
    public const string SubmitVerb = "share-message";
}
