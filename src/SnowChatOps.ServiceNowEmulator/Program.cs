using SnowChatOps.ServiceNowEmulator.Data;
using SnowChatOps.ServiceNowEmulator.OAuth;
using SnowChatOps.ServiceNowEmulator.Table;
using SnowChatOps.ServiceNowEmulator.Webhooks;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddEmulatorData();
builder.Services.AddTableApi();
builder.Services.AddEmulatorOAuth();
builder.Services.AddWebhooks();

var app = builder.Build();
app.UseMiddleware<ApiAuthentication>();
app.MapTableApi();
app.MapEmulatorOAuth();
app.Run();

/// <summary>Marker type for <c>WebApplicationFactory</c>; two <c>Program</c> classes would clash in tests.</summary>
public sealed class EmulatorEntryPoint;
