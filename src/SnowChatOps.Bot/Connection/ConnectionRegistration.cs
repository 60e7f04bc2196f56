using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Connection.Authorization;
using SnowChatOps.Bot.Connection.Commands;
using SnowChatOps.Bot.Connection.Confirmation;
using SnowChatOps.Bot.Connection.Connect;
using SnowChatOps.Bot.Connection.Diagnostics;
using SnowChatOps.Bot.Flows;
using SnowChatOps.Bot.MicrosoftGraph;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow.Auth;
using SnowChatOps.Bot.Tickets;

namespace SnowChatOps.Bot.Connection;

internal static class ConnectionRegistration
{
    /// <summary>
    /// Registers the connect flow, stores, status, diagnose and settings. Admin groups are resolved with Microsoft Graph
    /// outside Development; in Development only the configured user list counts.
    /// </summary>
    public static IHostApplicationBuilder AddConnection(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddConnection(builder.Configuration, resolveAdminGroupsWithGraph: !builder.Environment.IsDevelopment());
        return builder;
    }

    private static IServiceCollection AddConnection(this IServiceCollection services, IConfiguration configuration, bool resolveAdminGroupsWithGraph)
    {
        services.AddOptions<ConnectionOptions>().BindConfiguration(ConnectionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<ConnectionOptions>, ConnectionOptionsValidator>();
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section).ValidateOnStart();
        services.AddAdminGroups(configuration, resolveAdminGroupsWithGraph);
        services.AddSingleton<AdminPolicy>();
        services.AddSingleton<AdminGate>();

        services.AddSingleton<TableConnectionStore>();
        services.AddSingleton<ConnectionCache>();
        services.AddSingleton<IConnectionStore, CachingConnectionStore>();
        services.AddSingleton<IPendingAuthorizationStore, TablePendingAuthorizationStore>();
        services.AddSingleton<IPendingConfirmationStore, TablePendingConfirmationStore>();
        services.AddSingleton<IServiceNowCredentialStore, ConnectionCredentialStore>();
        services.AddSingleton<ITicketStateNameOverrides, ConnectionStateNameOverrides>();
        services.AddSingleton<ReauthorizationNotifier>();

        services.AddHttpClient(InstanceProbe.ClientName, http => http.Timeout = TimeSpan.FromSeconds(10))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddSingleton<InstanceProbe>();
        services.AddTransient<ConnectionVerifier>();
        services.AddTransient<ChecklistRunner>();
        services.AddTransient<AuthorizationStarter>();
        services.AddTransient<ClientCredentialsConnector>();
        services.AddTransient<AuthorizationExchange>();
        services.AddTransient<AuthorizationCompleter>();
        services.AddTransient<ConnectionCommitter>();
        services.AddTransient<SignInConfirmations>();

        services.AddSingleton<InstanceStep>();
        services.AddSingleton<ClientStep>();
        services.AddSingleton<IFlow, ConnectFlow>();
        return services.AddConnectionCommands();
    }

    /// <summary>Development: the configured user list alone. Elsewhere: group membership through Microsoft Graph.</summary>
    private static void AddAdminGroups(this IServiceCollection services, IConfiguration configuration, bool useGraph)
    {
        if (!useGraph)
        {
            services.TryAddSingleton<IAdminGroupMembership, NoAdminGroups>();
            return;
        }

        services.AddMicrosoftGraphTokens(configuration);
        services.AddSingleton<IValidateOptions<AdminOptions>, AdminOptionsValidator>();
        services.AddHttpClient<IAdminGroupMembership, GraphAdminGroupMembership>((sp, http) =>
                http.BaseAddress = sp.GetRequiredService<IOptions<AdminOptions>>().Value.GraphBaseUrl)
            .AddHttpMessageHandler<GraphAuthorizationHandler>()
            .AddStandardResilienceHandler(); // checkMemberGroups is a read: safe to retry although it is a POST
    }

    private static IServiceCollection AddConnectionCommands(this IServiceCollection services) => services
        .AddChatCommand<ConnectCommand>(ConnectionVerbs.Connect, () => ConnectionText.Command_Connect, order: 10)
        .AddChatCommand<StatusCommand>(ConnectionVerbs.Status, () => ConnectionText.Command_Status, order: 20)
        .AddChatCommand<DiagnoseCommand>(ConnectionVerbs.Diagnose, () => ConnectionText.Command_Diagnose, order: 30)
        .AddChatCommand<SettingsCommand>(ConnectionVerbs.Settings, () => ConnectionText.Command_Settings, order: 40)
        .AddChatCommand<ReprovisionCommand>(ConnectionVerbs.Reprovision)
        .AddChatCommand<RemoveCommand>(ConnectionVerbs.Remove)
        .AddChatCommand<RemoveConfirmedCommand>(ConnectionVerbs.RemoveConfirmed)
        .AddChatCommand<RemoveCancelledCommand>(ConnectionVerbs.RemoveCancelled)
        .AddChatCommand<StateNamesCommand>(ConnectionVerbs.StateNames)
        .AddChatCommand<StateNamesSaveCommand>(ConnectionVerbs.StateNamesSave)
        .AddChatCommand<StateNamesResetCommand>(ConnectionVerbs.StateNamesReset)
        .AddChatCommand<ConfirmSignInCommand>(ConnectionVerbs.ConfirmSignIn)
        .AddChatCommand<ConfirmPersonalSignInCommand>(ConnectionVerbs.ConfirmPersonalSignIn)
        .AddChatCommand<DeclineSignInCommand>(ConnectionVerbs.DeclineSignIn);
}
