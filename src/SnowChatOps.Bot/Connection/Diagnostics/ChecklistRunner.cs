using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Auth;
using SnowChatOps.Bot.ServiceNow.Errors;

namespace SnowChatOps.Bot.Connection.Diagnostics;

/// <summary>
/// The seed's troubleshooting checklist, run live: reachable (IP filtering), provisioning, token refresh, then the
/// verification checks (version, Application Registry, integration user, tables). Later checks are skipped when
/// an earlier one makes them meaningless, and the SSO hint is shown where sign-in is the likely problem.
/// </summary>
internal sealed class ChecklistRunner(
    IConnectionStore connections, InstanceProbe probe, ServiceNowOAuthClient oauth, ConnectionVerifier verifier,
    ReauthorizationNotifier notifier, ServiceNowHostPolicy policy, TimeProvider time)
{
    public async Task<Checklist> RunAsync(string tenantId, CancellationToken cancellationToken)
    {
        var connection = await connections.GetAsync(tenantId, cancellationToken);
        if (connection is null || !ServiceNowInstance.TryParse(connection.InstanceUrl, policy, out var instance, out _))
        {
            return new Checklist([Provisioning(false, ConnectionText.NotConnected), Sso()], NeedsConnect: true, NeedsAuthorization: false);
        }

        var checks = new List<CheckResult>();
        var reach = await probe.CheckAsync(instance, cancellationToken);
        checks.Add(Reachable(reach));
        if (reach != Reachability.Reachable)
        {
            return new Checklist(checks, NeedsConnect: false, NeedsAuthorization: false);
        }

        var refreshed = connection.Status == ConnectionStatus.NeedsAuthorization ? false : await RefreshAsync(connection, instance, checks, cancellationToken);
        if (refreshed is null)
        {
            return new Checklist(checks, NeedsConnect: false, NeedsAuthorization: false);
        }

        if (refreshed == false)
        {
            checks.Add(Provisioning(false, ConnectionText.Check_Provisioning_Needed));
            checks.Add(Sso());
            return new Checklist(checks, NeedsConnect: false, NeedsAuthorization: true);
        }

        checks.Add(Provisioning(true, ConnectionText.Status_Working));
        var report = await verifier.VerifyAsync(tenantId, connection.ClientId, connection.Grant, cancellationToken);
        checks.AddRange(report.Checks);
        if (report.User is { IsIntegrationUser: false })
        {
            checks.Add(Sso());
        }

        return new Checklist(checks, NeedsConnect: false, NeedsAuthorization: false);
    }

    /// <summary>True refreshed, false refused (needs authorization), null ServiceNow did not answer.</summary>
    private async Task<bool?> RefreshAsync(ServiceNowConnection connection, ServiceNowInstance instance, List<CheckResult> checks, CancellationToken cancellationToken)
    {
        try
        {
            var credentials = new ServiceNowCredentials(instance, connection.ClientId, connection.ClientSecret, connection.Tokens) { Grant = connection.Grant };
            var tokens = await oauth.RenewAsync(credentials, cancellationToken);
            await connections.UpdateAsync(connection.TenantId, c => c with { Tokens = tokens, LastSuccessAt = time.GetUtcNow() }, cancellationToken);
            checks.Add(new CheckResult(ConnectionText.Check_Token, CheckOutcome.Passed));
            return true;
        }
        catch (ServiceNowOAuthException)
        {
            checks.Add(new CheckResult(ConnectionText.Check_Token, CheckOutcome.Failed, ConnectionText.Check_Token_Failed));
            await notifier.MarkAndNotifyAsync(connection.TenantId, "refresh_rejected", cancellationToken);
            return false;
        }
        catch (ServiceNowException ex) when (ex is ServiceNowUnavailableException or ServiceNowRateLimitedException or ServiceNowIpBlockedException)
        {
            checks.Add(new CheckResult(ConnectionText.Check_Token, CheckOutcome.Failed, string.Format(System.Globalization.CultureInfo.CurrentCulture, ConnectionText.Check_Unavailable, ex.StatusCode is { } code ? (int)code : 0)));
            return null;
        }
    }

    private static CheckResult Reachable(Reachability reach) => reach switch
    {
        Reachability.Reachable => new(ConnectionText.Check_Reachable, CheckOutcome.Passed),
        Reachability.IpBlocked => new(ConnectionText.Check_Reachable, CheckOutcome.Failed, ConnectionText.Check_Reachable_IpBlocked),
        _ => new(ConnectionText.Check_Reachable, CheckOutcome.Failed, ConnectionText.Check_Reachable_Unreachable),
    };

    private static CheckResult Provisioning(bool ok, string detail)
        => new(ConnectionText.Check_Provisioning, ok ? CheckOutcome.Passed : CheckOutcome.Failed, detail);

    private static CheckResult Sso() => new(ConnectionText.Check_Sso, CheckOutcome.Info, ConnectionText.Check_Sso_Hint);
}
