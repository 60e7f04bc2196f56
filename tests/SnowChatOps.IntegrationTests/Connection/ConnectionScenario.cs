using SnowChatOps.Bot.Flows;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using SnowChatOps.Bot.Connection.Authorization;
using SnowChatOps.IntegrationTests.Emulator;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.IntegrationTests.Connection;

/// <summary>
/// The bot on a TestAdapter talking real HTTP to the ServiceNow emulator on a Kestrel port, and a cookie-keeping
/// HTTP client standing in for the admin's browser on ServiceNow's sign-in pages.
/// </summary>
internal sealed class ConnectionScenario : IAsyncDisposable
{
    private readonly EmulatorFactory emulator;

    private ConnectionScenario(EmulatorFactory emulator, BotHarness bot, Uri instance)
    {
        this.emulator = emulator;
        Bot = bot;
        Instance = instance;
        Control = new HttpClient { BaseAddress = instance };
        Browser = NewBrowser();
    }

    public BotHarness Bot { get; }

    public Uri Instance { get; }

    public HttpClient Control { get; }

    public HttpClient Browser { get; }

    public static ConnectionScenario Start(Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? emulatorSettings = null)
    {
        var (emulator, address) = EmulatorFactory.StartNewOnKestrel(() =>
        {
            var factory = new EmulatorFactory { UseRealTime = true };
            foreach (var (key, value) in emulatorSettings ?? new Dictionary<string, string?>())
            {
                factory.Settings[key] = value;
            }

            return factory;
        });

        var bot = new BotHarness(s => RealNetwork(s, configure), new Dictionary<string, string?>
        {
            ["ServiceNow:Resilience:RetryBaseDelay"] = "00:00:00",
            ["ServiceNow:Resilience:MaxRetryAttempts"] = "1",
        });
        return new ConnectionScenario(emulator, bot, address);
    }

    // The harness's in-memory ServiceNow is replaced by real HTTP to the emulator on its port.
    private static void RealNetwork(IServiceCollection services, Action<IServiceCollection>? configure)
    {
        foreach (var name in new[] { SnowChatOps.Bot.ServiceNow.ServiceNowRegistration.TableApiClientName, SnowChatOps.Bot.ServiceNow.ServiceNowRegistration.OAuthApiClientName })
        {
            services.AddHttpClient(name).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        }

        configure?.Invoke(services);
    }

    /// <summary>Walks the connect card to the sign-in link; returns the authorize URL.</summary>
    public async Task<Uri> StartConnectAsync(string clientSecret = BrowserFlow.ClientSecret)
    {
        Uri? signIn = null;
        await Bot.Flow()
            .Send("connect").AssertReply(_ => { })
            .Send(Activities.Press("flow", FlowArg.Write("connect", "instance", "next"), new { instance = Instance.ToString() })).AssertReply(_ => { })
            .Send(Activities.Press("flow", FlowArg.Write("connect", "client", "next"), new { clientId = BrowserFlow.ClientId, clientSecret }))
            .AssertReply(reply => signIn = new Uri((string)CardReader.From(reply).Json.SelectToken("$.actions[?(@.type == 'Action.OpenUrl')].url")!))
            .StartTestAsync();
        return signIn!;
    }

    /// <summary>Signs in on ServiceNow's pages and presses Allow or Deny; returns ServiceNow's redirect to the bot.</summary>
    public async Task<OAuthCallback> SignInAsync(
        Uri authorize, string user = "m365.integration", string password = "Integration#2026", string decision = "allow", HttpClient? browser = null)
    {
        browser ??= Browser;
        var consent = await BrowserFlow.SignInAsync(browser, authorize.PathAndQuery, user, password);
        var redirect = await BrowserFlow.DecideAsync(browser, consent, decision);
        var query = QueryHelpers.ParseQuery(redirect.Query);
        return new OAuthCallback(Value(query, "code"), Value(query, "state"), Value(query, "error"));
    }

    /// <summary>Another person's browser: its own cookies, so its own ServiceNow session.</summary>
    public HttpClient NewBrowser()
        => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = Instance };

    public Task<CallbackPage> CallbackAsync(OAuthCallback callback)
        => Bot.Get<AuthorizationCompleter>().CompleteAsync(callback, TestContext.Current.CancellationToken);

    /// <summary>
    /// The card the callback posted into the conversation, after the sign-in card it retired (an update of the
    /// pressed card, which the harness records as a reply with that card's id).
    /// </summary>
    public CardReader PostedCard()
    {
        var next = Bot.Adapter.GetNextReply();
        if (next?.Id == SignInCardId)
        {
            RetiredSignInCard = CardReader.From(next);
            next = Bot.Adapter.GetNextReply();
        }

        return CardReader.From(next ?? throw new InvalidOperationException("The bot posted nothing."));
    }

    public const string SignInCardId = "card-1";

    /// <summary>The note that replaced the sign-in card, once <see cref="PostedCard"/> has seen it.</summary>
    public CardReader? RetiredSignInCard { get; private set; }

    public async Task SetFaultsAsync(object faults)
    {
        using var response = await Control.PutAsJsonAsync("/_emulator/faults", faults, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Presses <paramref name="actionTitle"/> on <paramref name="card"/> (as <paramref name="userAadObjectId"/>, default the admin); returns the answer.</summary>
    public async Task<CardReader> PressAsync(CardReader card, string actionTitle, string? userAadObjectId = null)
    {
        await Bot.Flow().Send(Activities.Press(card.VerbOf(actionTitle)!, card.ArgOf(actionTitle), userId: userAadObjectId)).StartTestAsync();
        return CardReader.From(Bot.Adapter.GetNextReply() ?? throw new InvalidOperationException("The bot answered nothing."));
    }

    /// <summary>As the instance's admin, deletes the dictionary rows of these task columns: the columns are then gone.</summary>
    public async Task DeleteDictionaryRowsAsync(params string[] elements)
    {
        using var admin = new HttpClient { BaseAddress = Instance };
        admin.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", Convert.ToBase64String("admin:Admin#2026"u8.ToArray()));
        admin.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        foreach (var element in elements)
        {
            var rows = await admin.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>(
                $"/api/now/table/sys_dictionary?sysparm_query=name=task^element={element}", TestContext.Current.CancellationToken);
            foreach (var row in rows!["result"]!.AsArray())
            {
                using var deleted = await admin.DeleteAsync($"/api/now/table/sys_dictionary/{row!["sys_id"]}", TestContext.Current.CancellationToken);
                deleted.EnsureSuccessStatusCode();
            }
        }
    }

    /// <summary>Signs in (by default as the integration user) and confirms the account; returns the connected card.</summary>
    public async Task<CardReader> ConnectAsync(string user = "m365.integration", string password = "Integration#2026")
    {
        var callback = await SignInAsync(await StartConnectAsync(), user, password);
        await CallbackAsync(callback);
        return await PressAsync(PostedCard(), UseThisAccount);
    }

    public const string UseThisAccount = "Use this account";

    public const string Discard = "No, discard this sign-in";

    public async ValueTask DisposeAsync()
    {
        Control.Dispose();
        Browser.Dispose();
        await Bot.DisposeAsync();
        await emulator.DisposeAsync();
    }

    private static string? Value(Dictionary<string, Microsoft.Extensions.Primitives.StringValues> query, string key)
        => query.TryGetValue(key, out var value) ? value.ToString() : null;
}
