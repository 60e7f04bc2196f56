namespace SnowChatOps.ServiceNowEmulator.Control;

/// <summary>
/// One request as <see cref="RequestLog"/> keeps it; the query string is decoded (sysparm_query readable). <paramref name="At"/>
/// is when it arrived (the emulator's clock), so a test can tell poll cycles apart.
/// </summary>
internal sealed record LoggedRequest(string Method, string Path, string Query, DateTimeOffset At);
