using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.Connection.Cards;
using SnowChatOps.Bot.Connection.Confirmation;
using SnowChatOps.Bot.Connection.Connect;
using SnowChatOps.Bot.Connection.Diagnostics;
using SnowChatOps.Bot.Flows;
using SnowChatOps.Bot.Onboarding;
using SnowChatOps.Bot.Secrets;
using SnowChatOps.Tests.Connection;
using SnowChatOps.TestSupport.Harness;

namespace SnowChatOps.Tests.Cards;

/// <summary>
/// Every card the bot can send, by name, built from the real card builders with representative data. A feature that
/// adds a card builder adds its samples to <see cref="All"/> (one per visibly different shape: with and without
/// errors, warnings, optional buttons) and the catalog tests validate it in every language.
/// </summary>
internal static class SampleCards
{
    public static readonly string[] Cultures = ["en-US", "zh-CN"];

    public static readonly Uri SignInUrl = new("https://contoso.service-now.com/oauth_auth.do?response_type=code&client_id=client-1&state=abc&code_challenge=xyz&code_challenge_method=S256");

    public static IEnumerable<SampleCard> All(BotHarness bot) =>
        [.. Onboarding(bot), .. ConnectFlow(bot), .. Connection()];

    public static IReadOnlyList<CheckResult> Checks() =>
    [
        new("Instance reachable", CheckOutcome.Passed),
        new("Token refresh works", CheckOutcome.Passed, "Working"),
        new("OAuth application registry entry readable", CheckOutcome.Failed, "Set the Application Registries table back to its defaults."),
        new("Connected as the integration user", CheckOutcome.Warning, "The connection uses abel.tuter."),
        new("Single sign-on", CheckOutcome.Info, "Select Not you? on the ServiceNow page."),
    ];

    public static IFlow ConnectFlowOf(BotHarness bot) => bot.Get<IEnumerable<IFlow>>().Single(f => f.Name == ConnectionVerbs.Connect);

    private static IEnumerable<SampleCard> Onboarding(BotHarness bot) =>
    [
        new("welcome", OnboardingCards.Welcome),
        new("help", () => OnboardingCards.Help(bot.Get<IEnumerable<CommandHelp>>())),
        new("data-shared", OnboardingCards.DataShared),
    ];

    private static IEnumerable<SampleCard> ConnectFlow(BotHarness bot)
    {
        var flow = ConnectFlowOf(bot);
        var secret = bot.Get<SecretProtector>().Protect(SecretKind.ClientSecret, "sample-secret");
        FlowValues Values(bool withSecret)
        {
            var values = new FlowValues(new Dictionary<string, string>(StringComparer.Ordinal))
            {
                [InstanceStep.InstanceKey] = "https://contoso.service-now.com",
                [ClientStep.ClientIdKey] = "client-1",
            };
            values[ClientStep.ProtectedSecretKey] = withSecret ? secret : null;
            return values;
        }

        FlowValues Empty() => new(new Dictionary<string, string>(StringComparer.Ordinal));
        return
        [
            new("connect-instance", () => FlowCards.Step(flow, 0, Empty(), [])),
            new("connect-instance-error", () => FlowCards.Step(flow, 0, Values(false), ["The instance could not be reached."])),
            new("connect-client", () => FlowCards.Step(flow, 1, Empty(), [])),
            new("connect-client-secret-kept", () => FlowCards.Step(flow, 1, Values(true), ["Enter the client ID."])),
            new("flow-notice", () => FlowCards.Notice("Connect ServiceNow: cancelled. Nothing was saved.")),
        ];
    }

    private static IEnumerable<SampleCard> Connection()
    {
        var connected = Connections.Connected();
        var needsAuth = connected with { Status = ConnectionStatus.NeedsAuthorization, LastSuccessAt = null };
        var renamed = new Dictionary<string, string> { ["incident:6"] = "Fixed" };
        return
        [
            new("authorize", () => AuthorizeCard.Build("Connect ServiceNow · step 3 of 3", SignInUrl, TimeSpan.FromMinutes(10))),
            new("checklist", () => ChecklistCard.Build("ServiceNow troubleshooting checklist", Checks(), offerAuthorize: false)),
            new("checklist-authorize", () => ChecklistCard.Build("ServiceNow troubleshooting checklist", Checks(), offerAuthorize: true)),
            new("status-connected", () => StatusCard.Build(connected, "Working")),
            new("status-needs-authorization", () => StatusCard.Build(needsAuth, "Needs authorization")),
            new("status-not-connected", StatusCard.NotConnected),
            new("settings-menu", () => SettingsCards.Menu(connected)),
            new("settings-confirm-remove", () => SettingsCards.ConfirmRemove(connected)),
            new("settings-state-names", () => SettingsCards.StateNames(renamed)),
            new("settings-state-names-error", () => SettingsCards.StateNames(renamed, "A state name can be at most 40 characters.")),
            new("result-connected", () => ResultCards.Connected(connected, [new("Instance reachable", CheckOutcome.Passed)])),
            new("result-connected-warnings", () => ResultCards.Connected(connected, Checks())),
            new("result-failed", () => ResultCards.Failed("ServiceNow refused the client secret.")),
            new("result-needs-authorization", () => ResultCards.NeedsAuthorization(connected.InstanceUrl)),
            new("result-notice", () => ResultCards.Notice("Nothing changed: the ServiceNow connection is kept.")),
            new("result-already-connected", () => ResultCards.AlreadyConnected(connected.InstanceUrl)),
            new("result-removed", () => ResultCards.Removed(tokensRevoked: true)),
            new("result-removed-not-revoked", () => ResultCards.Removed(tokensRevoked: false)),
            new("confirm-integration-user", () => ConfirmationCards.Ask(Held(integrationUser: true), TimeSpan.FromMinutes(10))),
            new("confirm-personal-account", () => ConfirmationCards.Ask(Held(integrationUser: false), TimeSpan.FromMinutes(10))),
            new("confirm-personal-account-again", () => ConfirmationCards.AskPersonal(Held(integrationUser: false))),
        ];
    }

    private static PendingConfirmation Held(bool integrationUser) => new()
    {
        Id = "confirmation-1",
        TenantId = BotHarness.TenantId,
        AdminAadObjectId = BotHarness.UserAadObjectId,
        AdminName = "Megan Bowen",
        Locale = "en-US",
        Conversation = new Microsoft.Bot.Schema.ConversationReference { Conversation = new Microsoft.Bot.Schema.ConversationAccount(id: "personal-1") },
        InstanceUrl = "https://contoso.service-now.com",
        ClientId = "client-1",
        ClientSecret = "secret",
        Tokens = new SnowChatOps.Bot.ServiceNow.ServiceNowTokens("access", "refresh", DateTimeOffset.UnixEpoch),
        SignedInAsUserName = integrationUser ? "m365.integration" : "abel.tuter",
        SignedInAsName = integrationUser ? "M365 Integration" : "Abel Tuter",
        SignedInAsIntegrationUser = integrationUser,
        ExpiresAt = DateTimeOffset.UnixEpoch,
    };
}
