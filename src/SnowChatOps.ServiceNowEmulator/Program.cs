var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.Run();

/// <summary>Marker type for <c>WebApplicationFactory</c>; two <c>Program</c> classes would clash in tests.</summary>
public sealed class EmulatorEntryPoint;
