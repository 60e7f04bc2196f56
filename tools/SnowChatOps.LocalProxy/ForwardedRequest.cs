namespace SnowChatOps.LocalProxy;

/// <summary>One forwarded request. Recorded when it is sent on (so a reader never misses it); Status is 0 until it answered.</summary>
internal sealed class ForwardedRequest(long sequence, string method, string path, string instance)
{
    public long Sequence { get; } = sequence;

    public string Method { get; } = method;

    public string Path { get; } = path;

    public string Instance { get; } = instance;

    public int Status { get; set; }
}
