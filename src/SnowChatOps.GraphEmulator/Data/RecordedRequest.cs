namespace SnowChatOps.GraphEmulator.Data;

/// <summary>One request to <c>/v1.0/*</c> as it arrived (the Authorization header included, for tests of the token path).</summary>
internal sealed record RecordedRequest(string Method, string Path, string Query, string Authorization);
