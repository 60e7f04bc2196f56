namespace SnowChatOps.Bot.Secrets;

internal enum SecretKind
{
    ClientSecret,
    AccessToken,
    RefreshToken,
    PkceVerifier,
    WebhookSecret,
}
