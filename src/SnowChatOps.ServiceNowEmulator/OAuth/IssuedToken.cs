namespace SnowChatOps.ServiceNowEmulator.OAuth;

/// <summary>An access or refresh token the emulator handed out.</summary>
internal sealed record IssuedToken(string Value, bool IsRefresh, string ClientId, string UserSysId, DateTimeOffset ExpiresAt, string? RefreshToken);
