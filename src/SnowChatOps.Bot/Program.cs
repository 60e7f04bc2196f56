using Microsoft.Extensions.Options;
using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Observability;
using SnowChatOps.Bot.Onboarding;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.Secrets;
using SnowChatOps.Bot.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddHttpClient();
builder.Services.AddObservability(builder.Configuration);
builder.Services.AddStorage();
builder.Services.AddSecrets(builder.Configuration);
builder.Services.AddBot(builder.Configuration);
builder.Services.AddOnboarding();
builder.Services.AddProactive();

var app = builder.Build();
app.MapHealthChecks("/healthz");
app.MapBot();

try
{
    await app.RunAsync();
    return 0;
}
catch (OptionsValidationException invalid)
{
    // Misconfiguration is a one-line message for the operator, not a stack trace.
    await Console.Error.WriteLineAsync($"SnowChatOps cannot start: {string.Join(" ", invalid.Failures)}");
    return 1;
}
