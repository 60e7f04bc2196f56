namespace SnowChatOps.Bot.SecureScore.Text;

internal enum HtmlTokenKind
{
    Text,
    StartTag,
    EndTag,
}
