namespace SnowChatOps.Bot.ServiceNow;

/// <summary>Why a user-supplied ServiceNow instance address was refused; each value maps to one user message.</summary>
public enum ServiceNowInstanceError
{
    None = 0,
    Empty,
    Malformed,
    SchemeNotAllowed,
    UserInfoNotAllowed,
    IpAddressNotAllowed,
    PortNotAllowed,
    HostNotAllowed,
    LoopbackNotAllowed,
}
