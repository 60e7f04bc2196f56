using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace SnowChatOps.ServiceNowEmulator.Data;

/// <summary>The base URL the emulator reports as its instance: configured, else the first listening address.</summary>
internal sealed class InstanceUrl(IOptions<EmulatorOptions> options, IServer server)
{
    public const string Default = "http://127.0.0.1:5080";

    public string Value => (options.Value.InstanceUrl
        ?? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
        ?? Default).TrimEnd('/');
}
