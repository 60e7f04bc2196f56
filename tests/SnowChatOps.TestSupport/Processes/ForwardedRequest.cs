namespace SnowChatOps.TestSupport.Processes;

/// <summary>One request the local proxy forwarded: where it went and what it answered (0 while it has not answered yet).</summary>
public sealed record ForwardedRequest(long Sequence, string Method, string Path, string Instance, int Status);
