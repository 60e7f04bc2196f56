using SnowChatOps.LocalProxy;

// A tiny round-robin reverse proxy for several local bot instances (scripts/run.sh --instances N, end-to-end tests).
// Loopback only: pass --urls http://127.0.0.1:<port> and Proxy__Backends__<i>=http://127.0.0.1:<bot port>.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
var backends = builder.Configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>()?.Backends ?? [];
builder.Services.AddReverseProxy().LoadFromMemory(ProxyRouting.Routes(), ProxyRouting.Clusters(backends));
builder.Services.AddSingleton<ForwardedRequests>();

var app = builder.Build();
var forwarded = app.Services.GetRequiredService<ForwardedRequests>();
app.MapGet("/_proxy/ping", () => "pong");
app.MapGet("/_proxy/requests", () => forwarded.All());
app.MapReverseProxy(proxy =>
{
    proxy.Use(InstancePinning.PinAsync);
    proxy.UseLoadBalancing();
    proxy.Use(forwarded.RecordAsync);
});
app.Run();
