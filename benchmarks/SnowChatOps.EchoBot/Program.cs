using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using SnowChatOps.EchoBot;

// Configured as SnowChatOps configures the SDK (ConfigurationBotFrameworkAuthentication over IHttpClientFactory,
// anonymous when no MicrosoftAppId is set), so the load harness's ratios measure SnowChatOps's own work per turn.
// Echo__ReuseConnectorClients=true: one connector client per service URL, as SnowChatOps keeps them (the lower floor).
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHttpClient();
builder.Services.AddSingleton<BotFrameworkAuthentication>(sp =>
{
    var sdk = new ConfigurationBotFrameworkAuthentication(
        builder.Configuration,
        httpClientFactory: sp.GetRequiredService<IHttpClientFactory>(),
        logger: sp.GetRequiredService<ILogger<CloudAdapter>>());
    return builder.Configuration.GetValue<bool>("Echo:ReuseConnectorClients") ? new ConnectorReusingAuthentication(sdk) : sdk;
});
builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp => new CloudAdapter(
    sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>()));
builder.Services.AddSingleton<IBot, EchoingBot>();

var app = builder.Build();
app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken cancellationToken)
    => adapter.ProcessAsync(request, response, bot, cancellationToken));
await app.RunAsync();
