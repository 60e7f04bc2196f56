using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using SnowChatOps.Bot.Bot;

namespace SnowChatOps.Tests.Bot;

/// <summary>The turn's user-token client: built only when used, once per turn, and disposed with the turn.</summary>
public sealed class OnDemandUserTokenClientTests
{
    private readonly CancellationToken ct = TestContext.Current.CancellationToken;
    private readonly List<RecordingUserTokenClient> built = [];

    [Fact]
    public void Dispose_TurnNeverUsedIt_NothingBuilt()
    {
        var client = new OnDemandUserTokenClient(CreateAsync);

        client.Dispose();

        Assert.False(client.IsCreated);
        Assert.Empty(built);
    }

    [Fact]
    public async Task Calls_TwoInOneTurn_OneClientBuiltAndDisposedWithTheTurn()
    {
        var client = new OnDemandUserTokenClient(CreateAsync);

        var token = await client.GetUserTokenAsync("29:user-1", "graph", "msteams", magicCode: null!, ct);
        await client.SignOutUserAsync("29:user-1", "graph", "msteams", ct);
        client.Dispose();

        var inner = Assert.Single(built);
        Assert.Equal("token-for-29:user-1", token.Token);
        Assert.Equal(["GetUserToken", "SignOutUser"], inner.Calls);
        Assert.True(inner.Disposed);
    }

    private Task<UserTokenClient> CreateAsync(CancellationToken cancellationToken)
    {
        var client = new RecordingUserTokenClient();
        built.Add(client);
        return Task.FromResult<UserTokenClient>(client);
    }

    /// <summary>The Bot Framework token service as far as these calls go.</summary>
    private sealed class RecordingUserTokenClient : UserTokenClient
    {
        public List<string> Calls { get; } = [];

        public bool Disposed { get; private set; }

        public override Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken)
        {
            Calls.Add("GetUserToken");
            return Task.FromResult(new TokenResponse { Token = "token-for-" + userId, ConnectionName = connectionName });
        }

        public override Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken)
        {
            Calls.Add("SignOutUser");
            return Task.CompletedTask;
        }

        public override Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken)
            => throw new NotSupportedException();

        public override Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken)
            => throw new NotSupportedException();

        public override Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken)
            => throw new NotSupportedException();

        public override Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken)
            => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
