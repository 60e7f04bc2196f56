using System.Globalization;
using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Cards;
using SnowChatOps.Bot.Flows;
using SnowChatOps.Bot.Resources;
using SnowChatOps.Bot.Secrets;

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

        return elements;
    }

    public override Task<IReadOnlyList<string>> SubmitAsync(FlowContext context, CommandInput input, FlowValues values, CancellationToken cancellationToken)
    {
        values[ClientIdKey] = input.Input(ClientIdKey)?.Trim();
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
}
