using System.Globalization;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Flows;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.Secrets;
using SnowChatOps.Bot.ServiceNow;

namespace SnowChatOps.Bot.Connection.Connect;

/// <summary>
/// Step 2: the Application Registry entry's client id and secret. The secret is kept only encrypted in the flow
/// state and is never rendered back into a card; once given, an empty field keeps it.
/// </summary>
internal sealed class ClientStep(SecretProtector secrets, IOptions<ConnectionOptions> options) : FlowStep
{
    public const string ClientIdKey = "clientId";
    public const string ClientSecretKey = "clientSecret";
    public const string ProtectedSecretKey = "clientSecret.protected";
    public const string GrantKey = "grant";

    public override string Id => "client";

    public override IReadOnlyList<CardElement> Render(FlowValues values)
    {
        var hasSecret = values[ProtectedSecretKey] is not null;
        var elements = new List<CardElement>
        {
            new TextBlock(ConnectionText.Connect_Client_Intro),
            new TextBlock(string.Format(CultureInfo.CurrentCulture, ConnectionText.Connect_Redirect_Hint, options.Value.GetCallbackUri())) { IsSubtle = true, Size = "Small" },
            new TextInput { Id = ClientIdKey, Label = ConnectionText.Connect_ClientId_Label, Value = values[ClientIdKey], IsRequired = true, ErrorMessage = ConnectionText.Connect_ClientId_Required, MaxLength = 100 },
            new TextInput
            {
                Id = ClientSecretKey,
                Label = ConnectionText.Connect_ClientSecret_Label,
                Style = "password",
                IsRequired = !hasSecret,
                ErrorMessage = ConnectionText.Connect_ClientSecret_Required,
                MaxLength = 255,
            },
        };
        if (hasSecret)
        {
            elements.Add(new TextBlock(ConnectionText.Connect_ClientSecret_Kept) { IsSubtle = true, Size = "Small" });
        }

        elements.Add(new ChoiceSetInput(
        [
            new Choice(ConnectionText.Connect_Grant_AuthorizationCode, nameof(ServiceNowGrant.AuthorizationCode)),
            new Choice(ConnectionText.Connect_Grant_ClientCredentials, nameof(ServiceNowGrant.ClientCredentials)),
        ]) { Id = GrantKey, Label = ConnectionText.Connect_Grant_Label, Value = GrantOf(values).ToString(), Style = "expanded" });
        return elements;
    }

    public override Task<IReadOnlyList<string>> SubmitAsync(FlowContext context, CommandInput input, FlowValues values, CancellationToken cancellationToken)
    {
        values[ClientIdKey] = input.Input(ClientIdKey)?.Trim();
        values[GrantKey] = Enum.TryParse<ServiceNowGrant>(input.Input(GrantKey), out var grant) ? grant.ToString() : nameof(ServiceNowGrant.AuthorizationCode);
        var typedSecret = input.Input(ClientSecretKey);
        if (!string.IsNullOrEmpty(typedSecret))
        {
            values[ProtectedSecretKey] = secrets.Protect(SecretKind.ClientSecret, typedSecret);
        }

        var errors = new List<string>();
        if (string.IsNullOrEmpty(values[ClientIdKey]))
        {
            errors.Add(ConnectionText.Connect_ClientId_Required);
        }

        if (values[ProtectedSecretKey] is null)
        {
            errors.Add(ConnectionText.Connect_ClientSecret_Required);
        }

        return Task.FromResult<IReadOnlyList<string>>(errors);
    }

    /// <summary>The grant the admin chose; authorization code unless client credentials was picked.</summary>
    public static ServiceNowGrant GrantOf(FlowValues values)
        => Enum.TryParse<ServiceNowGrant>(values[GrantKey], out var grant) ? grant : ServiceNowGrant.AuthorizationCode;
}
