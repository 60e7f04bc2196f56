using System.Security.Cryptography;

namespace SnowChatOps.ServiceNowEmulator.OAuth;

/// <summary>Interactive (browser) sessions of the login page, keyed by the emulator's session cookie.</summary>
internal sealed class SessionStore
{
    public const string CookieName = "JSESSIONID";
    private readonly Lock gate = new();
    private readonly Dictionary<string, string> sessions = new(StringComparer.Ordinal);

    public string? UserOf(HttpContext context)
    {
        var id = context.Request.Cookies[CookieName];
        lock (gate)
        {
            return id is not null && sessions.TryGetValue(id, out var user) ? user : null;
        }
    }

    public void SignIn(HttpContext context, string userSysId)
    {
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        lock (gate)
        {
            sessions[id] = userSysId;
        }

        context.Response.Cookies.Append(CookieName, id, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Path = "/" });
    }

    public void SignOut(HttpContext context)
    {
        if (context.Request.Cookies[CookieName] is { } id)
        {
            lock (gate)
            {
                sessions.Remove(id);
            }
        }

        context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/" });
    }

    public void Clear()
    {
        lock (gate)
        {
            sessions.Clear();
        }
    }
}
