using Microsoft.Bot.Builder;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Errors;
using SnowChatOps.Bot.Storage;
using SnowChatOps.Bot.Tickets.Responders;

namespace SnowChatOps.Bot.Tickets.Actions;

/// <summary>
/// The one pipeline of every ticket card action, whether it came as an Action.Execute invoke or an Action.Submit
/// fallback: read the typed argument, find the tracked ticket, check the responder role, claim the action's key
/// exactly once, run the command, and build the card that answers (ServiceNow's refusal shown in plain words).
/// </summary>
internal sealed class TicketActionRunner(
    TrackedTickets tracked, ServiceNowClient snow, ResponderPolicy responders, IIdempotencyStore claims,
    IEnumerable<ITicketCommand> commands, TicketViewBuilder views, ILogger<TicketActionRunner> logger)
{
    public const string ClaimScope = "ticket-action";
    private readonly Dictionary<string, ITicketCommand> byVerb = commands.ToDictionary(c => c.Verb, StringComparer.Ordinal);

    public async Task<TicketActionResult> RunAsync(ITurnContext turn, string verb, CommandInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(input);
        if (!CardArg.TryRead<TicketActionArg>(input.Argument, out var arg) || (verb != TicketVerbs.Refresh && !byVerb.ContainsKey(verb)))
        {
            logger.BadArgument(verb);
            return TicketActionResult.Say(TicketsText.Action_OutOfDate);
        }

        var actor = TicketActors.From(turn);
        if (await tracked.GetAsync(actor.TenantId, arg.TicketTable, arg.SysId, cancellationToken) is not { } ticket)
        {
            return TicketActionResult.Say(TicketsText.Action_TicketUnknown);
        }

        try
        {
            return await DispatchAsync(turn, verb, arg, ticket, actor, input, cancellationToken);
        }
        catch (ServiceNowReauthorizationRequiredException)
        {
            return TicketActionResult.Say(TicketsText.Action_NotConnected);
        }
        catch (ServiceNowNotFoundException)
        {
            return TicketActionResult.Say(TicketsText.Action_TicketUnknown);
        }
        catch (ServiceNowUnavailableException)
        {
            return TicketActionResult.Say(TicketsText.Action_Unavailable);
        }
        catch (ServiceNowException ex) when (ex is ServiceNowForbiddenException or ServiceNowRequestRejectedException or ServiceNowRateLimitedException)
        {
            return TicketActionResult.Say(string.Format(System.Globalization.CultureInfo.CurrentCulture, TicketsText.Action_Refused, ServiceNowWords(ex)));
        }
    }

    private async Task<TicketActionResult> DispatchAsync(
        ITurnContext turn, string verb, TicketActionArg arg, TrackedTicket ticket, TicketActor actor, CommandInput input, CancellationToken cancellationToken)
    {
        var responder = await responders.IsResponderAsync(actor.TenantId, actor.AadObjectId, cancellationToken);
        if (verb == TicketVerbs.Refresh)
        {
            logger.CardRefreshedForUser(ticket.Number, responder);
            return new TicketActionResult(await views.CardAsync(turn, ticket, null, responder, null, cancellationToken), null, Responder: responder);
        }

        if (!responder)
        {
            logger.NotResponder(verb, actor.TenantId);
            var notice = new TicketNotice(TicketsText.Action_NotResponderPressed, Warning: true);
            return new TicketActionResult(await views.CardAsync(turn, ticket, null, false, notice, cancellationToken), TicketsText.Action_NotResponderPressed, Responder: false);
        }

        return await ActAsync(turn, byVerb[verb], arg, ticket, actor, input, cancellationToken);
    }

    private async Task<TicketActionResult> ActAsync(
        ITurnContext turn, ITicketCommand command, TicketActionArg arg, TrackedTicket ticket, TicketActor actor, CommandInput input, CancellationToken cancellationToken)
    {
        // The card is shared by everyone in the conversation: the key is per rendering, action and presser, so a double
        // click (or Teams retrying the invoke) is one action while two people pressing are two.
        var key = $"{actor.TenantId}|{arg.Table}:{arg.SysId}|{command.Verb}|{arg.Key}|{actor.UserId}";
        var live = await snow.GetTicketAsync(actor.TenantId, ticket.Table, ticket.SysId, cancellationToken);
        if (live is null)
        {
            return TicketActionResult.Say(TicketsText.Action_TicketUnknown);
        }

        if (!await claims.TryClaimAsync(ClaimScope, key, cancellationToken))
        {
            logger.ActionDuplicate(command.Verb, ticket.Number);
            return new TicketActionResult(await views.CardAsync(turn, ticket, null, true, new TicketNotice(TicketsText.Action_AlreadyDone, Warning: false), cancellationToken), null);
        }

        var outcome = await RunCommandAsync(command, new TicketActionRequest(turn, ticket, live, actor, input.Inputs), ticket.Number, cancellationToken);
        if (!outcome.Applied && outcome.Notice != TicketsText.Action_Unavailable)
        {
            await claims.ReleaseAsync(ClaimScope, key, CancellationToken.None); // nothing was written: the same press may be tried again
        }

        var notice = new TicketNotice(outcome.Notice, outcome.Warning);
        var card = await views.CardAsync(turn, ticket, null, true, notice, cancellationToken);
        return new TicketActionResult(card, null, outcome.Applied ? card : null);
    }

    private async Task<TicketActionOutcome> RunCommandAsync(ITicketCommand command, TicketActionRequest request, string number, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await command.RunAsync(request, cancellationToken);
            if (outcome.Applied)
            {
                logger.ActionApplied(command.Verb, number);
            }
            else
            {
                logger.ActionRefused(command.Verb, number, "input");
            }

            return outcome;
        }
        catch (ServiceNowUnavailableException)
        {
            logger.ActionUncertain(command.Verb, number);
            return TicketActionOutcome.Refused(TicketsText.Action_Unavailable);
        }
        catch (ServiceNowException ex) when (ex is ServiceNowForbiddenException or ServiceNowRequestRejectedException or ServiceNowNotFoundException or ServiceNowRateLimitedException)
        {
            logger.ActionRefusedByServiceNow(command.Verb, number, (int?)ex.StatusCode);
            return TicketActionOutcome.Refused(string.Format(System.Globalization.CultureInfo.CurrentCulture, TicketsText.Action_Refused, ServiceNowWords(ex)));
        }
    }

    /// <summary>ServiceNow's own message and detail, as one plain sentence safe for the card.</summary>
    private static string ServiceNowWords(ServiceNowException ex)
    {
        var words = string.Join(": ", new[] { ex.ServiceNowMessage, ex.ServiceNowDetail }.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w!.Trim()));
        var plain = CardText.Shown(words.Length > 0 ? words : ((int?)ex.StatusCode)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?");
        return plain.EndsWith('.') ? plain : plain + ".";
    }
}
