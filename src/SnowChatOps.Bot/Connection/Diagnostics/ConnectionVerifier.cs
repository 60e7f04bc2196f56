using System.Globalization;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.ServiceNow.Errors;

namespace SnowChatOps.Bot.Connection.Diagnostics;

/// <summary>
/// The checks that need a working connection, run right after connecting and by <c>diagnose</c>: who the tokens
/// belong to (and whether that user can sign in for the grant in use), the instance version, the Application Registry
/// entry, read access to the ticket tables, and our u_m365_* columns.
/// </summary>
internal sealed class ConnectionVerifier(ServiceNowClient client)
{
    public Task<VerificationReport> VerifyAsync(string tenantId, string clientId, CancellationToken cancellationToken)
        => VerifyAsync(tenantId, clientId, ServiceNowGrant.AuthorizationCode, cancellationToken);

    public async Task<VerificationReport> VerifyAsync(string tenantId, string clientId, ServiceNowGrant grant, CancellationToken cancellationToken)
    {
        var (user, userCheck) = await CheckUserAsync(tenantId, grant, cancellationToken);
        var (version, versionCheck) = await CheckVersionAsync(tenantId, cancellationToken);
        var checks = new List<CheckResult>
        {
            versionCheck, userCheck, await CheckOAuthEntityAsync(tenantId, clientId, cancellationToken), await CheckTablesAsync(tenantId, cancellationToken),
            await CheckColumnsAsync(tenantId, cancellationToken),
        };
        return new VerificationReport(user, version, checks);
    }

    private async Task<(ServiceNowUser?, CheckResult)> CheckUserAsync(string tenantId, ServiceNowGrant grant, CancellationToken cancellationToken)
    {
        var title = ConnectionText.Check_IntegrationUser;
        try
        {
            var user = await client.GetCurrentUserAsync(tenantId, cancellationToken);
            return user switch
            {
                // A web-service-only user cannot sign in on ServiceNow's pages: the next authorization-code sign-in fails.
                { WebServiceAccessOnly: true } when grant == ServiceNowGrant.AuthorizationCode =>
                    (user, new CheckResult(title, CheckOutcome.Warning, Format(ConnectionText.Check_IntegrationUser_WebServiceOnly, user.UserName))),
                { IsIntegrationUser: true } => (user, new CheckResult(title, CheckOutcome.Passed, user.UserName)),
                _ => (user, new CheckResult(title, CheckOutcome.Warning, Format(ConnectionText.Check_IntegrationUser_Personal, user.UserName))),
            };
        }
        catch (ServiceNowException ex) when (ex is not ServiceNowReauthorizationRequiredException)
        {
            return (null, Unanswered(title, ex));
        }
    }

    private async Task<(ServiceNowVersion?, CheckResult)> CheckVersionAsync(string tenantId, CancellationToken cancellationToken)
    {
        var title = ConnectionText.Check_Version;
        try
        {
            var version = await client.GetVersionAsync(tenantId, cancellationToken);
            return version switch
            {
                null => (null, new CheckResult(title, CheckOutcome.Warning, ConnectionText.Check_Version_Unknown)),
                { IsAtLeastKingston: false } => (version, new CheckResult(title, CheckOutcome.Failed, Format(ConnectionText.Check_Version_TooOld, version))),
                _ => (version, new CheckResult(title, CheckOutcome.Passed, version.ToString())),
            };
        }
        catch (ServiceNowException ex) when (ex is not ServiceNowReauthorizationRequiredException)
        {
            return (null, Unanswered(title, ex));
        }
    }

    private async Task<CheckResult> CheckOAuthEntityAsync(string tenantId, string clientId, CancellationToken cancellationToken)
    {
        var title = ConnectionText.Check_OAuthEntity;
        try
        {
            var entity = await client.CheckOAuthEntityAsync(tenantId, clientId, cancellationToken);
            return entity switch
            {
                null => new CheckResult(title, CheckOutcome.Failed, Format(ConnectionText.Check_OAuthEntity_Missing, clientId)),
                { Active: false } => new CheckResult(title, CheckOutcome.Failed, Format(ConnectionText.Check_OAuthEntity_Inactive, entity.Name)),
                _ => new CheckResult(title, CheckOutcome.Passed, entity.Name),
            };
        }
        catch (ServiceNowForbiddenException ex)
        {
            return new CheckResult(title, CheckOutcome.Failed, Format(ConnectionText.Check_OAuthEntity_CrossScope, ex.ServiceNowMessage ?? ex.Message));
        }
        catch (ServiceNowException ex) when (ex is not ServiceNowReauthorizationRequiredException)
        {
            return Unanswered(title, ex);
        }
    }

    private async Task<CheckResult> CheckTablesAsync(string tenantId, CancellationToken cancellationToken)
    {
        var title = ConnectionText.Check_Tables;
        var problems = new List<string>();
        foreach (var table in new[] { TicketTable.Incident, TicketTable.ChangeRequest })
        {
            try
            {
                var access = await client.CheckTableAccessAsync(tenantId, table, cancellationToken);
                if (!access.CanRead)
                {
                    problems.Add(Format(ConnectionText.Check_Tables_Denied, table.ToTableName(), access.ServiceNowMessage ?? "403"));
                }
            }
            catch (ServiceNowException ex) when (ex is not ServiceNowReauthorizationRequiredException)
            {
                return Unanswered(title, ex);
            }
        }

        return problems.Count == 0
            ? new CheckResult(title, CheckOutcome.Passed)
            : new CheckResult(title, CheckOutcome.Failed, string.Join("\n", problems));
    }

    private async Task<CheckResult> CheckColumnsAsync(string tenantId, CancellationToken cancellationToken)
    {
        var title = ConnectionText.Check_Columns;
        try
        {
            var installed = await client.GetInstalledCustomColumnsAsync(tenantId, cancellationToken);
            var missing = CustomColumns.All.Where(c => installed is null || !installed.Contains(c)).ToList();
            return (installed, missing.Count) switch
            {
                (null, _) => new CheckResult(title, CheckOutcome.Failed, ConnectionText.Check_Columns_Unreadable),
                (_, 0) => new CheckResult(title, CheckOutcome.Passed),
                _ => new CheckResult(title, CheckOutcome.Failed, Format(ConnectionText.Check_Columns_Missing, string.Join(", ", missing))),
            };
        }
        catch (ServiceNowException ex) when (ex is not ServiceNowReauthorizationRequiredException)
        {
            return Unanswered(title, ex);
        }
    }

    private static CheckResult Unanswered(string title, ServiceNowException error)
        => new(title, CheckOutcome.Failed, Format(ConnectionText.Check_Unavailable, error.StatusCode is { } code ? ((int)code).ToString(CultureInfo.InvariantCulture) : error.GetType().Name.Replace("ServiceNow", string.Empty, StringComparison.Ordinal).Replace("Exception", string.Empty, StringComparison.Ordinal)));

    private static string Format(string template, params object?[] values) => string.Format(CultureInfo.CurrentCulture, template, values);
}
