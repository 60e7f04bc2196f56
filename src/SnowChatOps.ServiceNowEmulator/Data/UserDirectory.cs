using System.Security.Cryptography;
using System.Text;

namespace SnowChatOps.ServiceNowEmulator.Data;

/// <summary>Looks users up in <c>sys_user</c> and checks passwords.</summary>
internal sealed class UserDirectory(RecordStore store)
{
    public SnowUser? Find(string sysId) =>
        store.Get(Schemas.User, sysId) is { } row && row.GetValueOrDefault("active") == "true" ? SnowUser.FromRow(row) : null;

    public SnowUser? FindByName(string userName) =>
        store.List(Schemas.User).FirstOrDefault(r => r["user_name"] == userName && r.GetValueOrDefault("active") == "true") is { } row
            ? SnowUser.FromRow(row)
            : null;

    public SnowUser? Authenticate(string userName, string password)
    {
        var row = store.List(Schemas.User).FirstOrDefault(r => r["user_name"] == userName);
        if (row is null || row.GetValueOrDefault("active") != "true" || row.GetValueOrDefault("locked_out") == "true")
        {
            return null;
        }

        var expected = Encoding.UTF8.GetBytes(row.GetValueOrDefault("user_password", ""));
        var given = Encoding.UTF8.GetBytes(password);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? SnowUser.FromRow(row) : null;
    }
}
