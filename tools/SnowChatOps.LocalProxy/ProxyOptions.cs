using System.ComponentModel.DataAnnotations;

namespace SnowChatOps.LocalProxy;

/// <summary>The bot instances to spread requests over (<c>Proxy__Backends__0=http://127.0.0.1:3979</c>, ...).</summary>
internal sealed class ProxyOptions
{
    public const string Section = "Proxy";

    [Required, MinLength(1, ErrorMessage = "Proxy:Backends needs at least one backend URL.")]
    public Uri[] Backends { get; init; } = [];
}
