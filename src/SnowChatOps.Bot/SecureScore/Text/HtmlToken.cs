namespace SnowChatOps.Bot.SecureScore.Text;

/// <param name="Value">Raw (still entity-encoded) text, or the lower-case tag name.</param>
/// <param name="Href">The raw <c>href</c> attribute of a start tag, if it has one.</param>
internal readonly record struct HtmlToken(HtmlTokenKind Kind, string Value, string? Href = null);
