using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Observability;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.Sharing.Browse;
using SnowChatOps.Bot.Sharing.Cards;
using SnowChatOps.Bot.Sharing.Form;
using SnowChatOps.Bot.Sharing.Submission;
using SnowChatOps.Bot.Sharing.Tracked;
using SnowChatOps.Bot.Tickets;

namespace SnowChatOps.Bot.Sharing;

internal static class SharingRegistration
{
    /// <summary>
    /// Registers browsing, the ticket form, exactly-once submission and its background retries. Needs the
    /// ServiceNow client and a credential store (AddServiceNow + the Connection feature), the Secure Score
    /// catalog, storage, proactive messaging, and an <see cref="ITicketStateNameOverrides"/>.
    /// </summary>
    /// <param name="configuration">Where to read the "Sharing" section; null binds from the host's configuration.</param>
    /// <param name="runBackgroundRetries">False in turn tests, which call the processor directly.</param>
    public static IServiceCollection AddSharing(this IServiceCollection services, IConfiguration? configuration = null, bool runBackgroundRetries = true)
    {
        var options = services.AddOptions<SharingOptions>();
        _ = configuration is null ? options.BindConfiguration(SharingOptions.Section) : options.Bind(configuration.GetSection(SharingOptions.Section));
        options.ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<SharingOptions>, SharingOptionsValidator>();
        services.AddSingleton<ISharingServiceNow, ServiceNowSharingGateway>();
        services.AddSingleton<ISubmissionStore, TableSubmissionStore>();
        services.AddSingleton<ITrackedTicketStore, TableTrackedTicketStore>();
        services.TryAddSingleton<TicketStateNames>(); // Tickets has no registration of its own yet
        services.AddSingleton<ShareFormDefaults>();
        services.AddSingleton<SharePresenter>();
        services.AddTelemetryInstruments();
        services.AddSingleton<SubmissionRunner>();
        services.AddSingleton<ShareSubmitter>();
        services.AddSingleton<QueuedSubmissionProcessor>();
        if (runBackgroundRetries)
        {
            services.AddHostedService<SubmissionRetryService>();
        }

        services.AddChatCommand<ActionsCommand>(ShareCommandNames.Actions, () => SharingText.Command_Actions, order: 50);
        services.AddChatCommand<ShareCommand>(ShareCommandNames.Share, () => SharingText.Command_Share, order: 51);
        services.AddChatCommand<ShareSubmitCommand>(ShareCommandNames.Submit);
        services.AddChatCommand<ShareAnywayCommand>(ShareCommandNames.SubmitAnyway);
        return services;
    }
}
