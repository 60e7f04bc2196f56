namespace SnowChatOps.Bot.Sharing;

/// <summary>The typed commands and card verbs of the sharing feature.</summary>
internal static class ShareCommandNames
{
    public const string Actions = "actions";
    public const string Share = "share";
    public const string Submit = "share-submit";
    public const string SubmitAnyway = "share-anyway";
    public const string Cancel = "share-cancel";

    /// <summary>The Connection feature's command; the not-connected card's button carries it.</summary>
    public const string Connect = "connect";
}
