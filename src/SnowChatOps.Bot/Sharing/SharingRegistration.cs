using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Hosting;
using SnowChatOps.Bot.Observability;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.Sharing.Browse;
using SnowChatOps.Bot.Sharing.Cards;
using SnowChatOps.Bot.Sharing.Form;
using SnowChatOps.Bot.Sharing.Submission;

namespace SnowChatOps.Bot.Sharing;

internal static class SharingRegistration
{
    /// <summary>
    /// Registers browsing, the ticket form, the one share operation (<see cref="ShareService"/>) and its background
    /// retries (off with <c>Sharing:BackgroundRetries=false</c>). Needs the ServiceNow client, the Secure Score
    /// catalog, storage, proactive messaging and Tickets/ (AddTickets).
    /// </summary>
    public static IServiceCollection AddSharing(this IServiceCollection services)
    {
        services.AddOptions<SharingOptions>().BindConfiguration(SharingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<SharingOptions>, SharingOptionsValidator>();
        services.AddSingleton<ISubmissionStore, TableSubmissionStore>();
        services.AddSingleton<ShareFormDefaults>();
        services.AddSingleton<SharePresenter>();
        services.AddTelemetryInstruments();
        services.AddSingleton<SubmissionRunner>();
        services.AddSingleton<ShareService>();
        services.AddSingleton<ShareChat>();
        services.AddSingleton<QueuedSubmissionProcessor>();
        services.AddSingleton<QueuedSubmissionFinisher>().AddDeferred<QueuedSubmissionFinisher>();
        services.AddDeferred<QueuedSubmissionProcessor>().AddHostedService<SubmissionRetryService>();

        services.AddChatCommand<ActionsCommand>(ShareCommandNames.Actions, () => SharingText.Command_Actions, order: 50);
        services.AddChatCommand<ShareCommand>(ShareCommandNames.Share, () => SharingText.Command_Share, order: 51);
        services.AddChatCommand<ShareSubmitCommand>(ShareCommandNames.Submit);
        services.AddChatCommand<ShareAnywayCommand>(ShareCommandNames.SubmitAnyway);
        services.AddChatCommand<ShareCancelCommand>(ShareCommandNames.Cancel);
        return services;
    }
}
