using SnowChatOps.Bot.Bot;
using SnowChatOps.Bot.Connection;
using SnowChatOps.Bot.Hosting;
using SnowChatOps.Bot.MessageExtension;
using SnowChatOps.Bot.Observability;
using SnowChatOps.Bot.Onboarding;
using SnowChatOps.Bot.Proactive;
using SnowChatOps.Bot.Secrets;
using SnowChatOps.Bot.SecureScore;
using SnowChatOps.Bot.ServiceNow;
using SnowChatOps.Bot.Sharing;
using SnowChatOps.Bot.Storage;
using SnowChatOps.Bot.Tickets;
using SnowChatOps.Bot.Tracking;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddObservability(builder.Configuration);
builder.Services.AddAzureIdentity();
builder.Services.AddStorage();
builder.Services.AddSecrets(builder.Configuration);
builder.Services.AddBot(builder.Configuration);
builder.Services.AddOnboarding();
builder.Services.AddProactive();
builder.Services.AddSecureScore(builder.Configuration, builder.Environment);
builder.Services.AddServiceNow(builder.Configuration);
builder.AddConnection();
builder.Services.AddTickets();
builder.Services.AddSharing();
builder.Services.AddTracking();
builder.Services.AddMessageExtension();

var app = builder.Build();
app.MapHealth();
app.MapBot();
app.MapConnection();
app.MapTracking();

return await app.RunOrExplainAsync();
