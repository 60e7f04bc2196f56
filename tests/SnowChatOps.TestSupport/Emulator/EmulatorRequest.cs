namespace SnowChatOps.TestSupport.Emulator;

/// <summary>One <c>/api/now</c> request the emulator logged (<c>GET /_emulator/requests</c>); the query is decoded.</summary>
public sealed record EmulatorRequest(string Method, string Path, string Query, DateTimeOffset At);
