namespace SnowChatOps.ServiceNowEmulator.Control;

/// <summary>One request as <see cref="RequestLog"/> keeps it; the query string is decoded (sysparm_query readable).</summary>
internal sealed record LoggedRequest(string Method, string Path, string Query);
