using System.Globalization;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Tickets.Actions;

/// <summary>
/// Assigns the ticket to the ServiceNow user whose email is the presser's Teams email/UPN (from the Bot Connector's
/// member info). No match, or more than one, is said plainly; the integration user is never assigned instead.
/// </summary>
internal sealed class AssignToMeCommand(ServiceNowClient snow, ITeamsRoster roster) : ITicketCommand
{
    private const int MaxEmailLength = 100; // sys_user.email's length

    public string Verb => TicketVerbs.Assign;

    public async Task<TicketActionOutcome> RunAsync(TicketActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var email = CardText.Clean(await roster.EmailAsync(request.Turn, request.Actor.UserId, cancellationToken), MaxEmailLength);
        if (email is null || !email.Contains('@', StringComparison.Ordinal))
        {
            return TicketActionOutcome.Refused(TicketsText.Assign_NoEmail);
        }

        var tenant = request.Tracked.TenantId;
        if (await snow.FindUserByEmailAsync(tenant, email, cancellationToken) is not { } agent)
        {
            return TicketActionOutcome.Refused(string.Format(CultureInfo.CurrentCulture, TicketsText.Assign_NoMatch, CardText.Shown(email)));
        }

        await snow.UpdateTicketAsync(tenant, request.Live.Table, request.Live.SysId, new TicketChange { AssignedTo = agent.SysId }, cancellationToken);
        return TicketActionOutcome.Done(string.Format(CultureInfo.CurrentCulture, TicketsText.Assign_Done, CardText.Shown(agent.Name)));
    }
}
