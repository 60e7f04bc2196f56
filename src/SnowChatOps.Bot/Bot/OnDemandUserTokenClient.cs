using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace SnowChatOps.Bot.Bot;

/// <summary>
/// The turn's user-token (Bot Framework OAuth) client, built the first time the turn uses it. The adapter builds one
/// for every turn (<c>CloudAdapterBase.ProcessActivityAsync</c>) and SnowChatOps never signs users in through Bot
/// Framework OAuth, yet building it was 13% of a turn's CPU (its REST client parses its user agent with regular
/// expressions). Still one per turn, disposed with the turn, so nothing is shared.
/// </summary>
internal sealed class OnDemandUserTokenClient(Func<CancellationToken, Task<UserTokenClient>> create) : UserTokenClient
{
    private readonly Lazy<Task<UserTokenClient>> client = new(() => create(CancellationToken.None));

    /// <summary>Whether the turn used it (and so built the SDK's client).</summary>
    public bool IsCreated => client.IsValueCreated;

    public override async Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken)
        => await (await InnerAsync(cancellationToken)).GetUserTokenAsync(userId, connectionName, channelId, magicCode, cancellationToken);

    public override async Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken)
        => await (await InnerAsync(cancellationToken)).GetSignInResourceAsync(connectionName, activity, finalRedirect, cancellationToken);

    public override async Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken)
        => await (await InnerAsync(cancellationToken)).SignOutUserAsync(userId, connectionName, channelId, cancellationToken);

    public override async Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken)
        => await (await InnerAsync(cancellationToken)).GetTokenStatusAsync(userId, channelId, includeFilter, cancellationToken);

    public override async Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(
        string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken)
        => await (await InnerAsync(cancellationToken)).GetAadTokensAsync(userId, connectionName, resourceUrls, channelId, cancellationToken);

    public override async Task<TokenResponse> ExchangeTokenAsync(
        string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken)
        => await (await InnerAsync(cancellationToken)).ExchangeTokenAsync(userId, connectionName, channelId, exchangeRequest, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing && client.IsValueCreated && client.Value.IsCompletedSuccessfully)
        {
            client.Value.Result.Dispose();
        }

        base.Dispose(disposing);
    }

    private Task<UserTokenClient> InnerAsync(CancellationToken cancellationToken) => client.Value.WaitAsync(cancellationToken);
}
