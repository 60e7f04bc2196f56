using SnowChatOps.ServiceNowEmulator.Agent;
using SnowChatOps.ServiceNowEmulator.Control;
using SnowChatOps.ServiceNowEmulator.Data;
using SnowChatOps.ServiceNowEmulator.Faults;
using SnowChatOps.ServiceNowEmulator.OAuth;
using SnowChatOps.ServiceNowEmulator.Table;
using SnowChatOps.ServiceNowEmulator.Webhooks;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddEmulatorData();
builder.Services.AddTableApi();
builder.Services.AddEmulatorOAuth();
builder.Services.AddWebhooks();
builder.Services.AddFaults();
builder.Services.AddAgentUi();
builder.Services.AddControlApi();

var app = builder.Build();
app.UseSnowExceptionHandler();
app.UseMiddleware<RequestLogMiddleware>();
app.UseMiddleware<FaultPolicy>();
app.UseMiddleware<ApiAuthentication>();
app.MapTableApi();
app.MapSnowFallbacks();
app.MapEmulatorOAuth();
app.MapAgentUi();
app.MapControlApi();
app.Run();

/// <summary>Marker type for <c>WebApplicationFactory</c>; two <c>Program</c> classes would clash in tests.</summary>
public sealed class EmulatorEntryPoint;
