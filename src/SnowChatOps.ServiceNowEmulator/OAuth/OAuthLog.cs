namespace SnowChatOps.ServiceNowEmulator.OAuth;

/// <summary>OAuth logging (emulator EventIds 9100-9199). Never logs tokens, codes or secrets.</summary>
internal static partial class OAuthLog
{
    [LoggerMessage(9101, LogLevel.Information, "Token request denied: {Reason}")]
    public static partial void TokenDenied(ILogger logger, string reason);

    [LoggerMessage(9102, LogLevel.Information, "Token issued via {GrantType} to client {ClientId}")]
    public static partial void TokenIssued(ILogger logger, string grantType, string clientId);
}
