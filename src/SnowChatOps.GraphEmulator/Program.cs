using SnowChatOps.GraphEmulator;

await GraphEmulatorApp.Build(args).RunAsync();

/// <summary>Marker type naming this app's entry assembly (the bot and the ServiceNow emulator have their own).</summary>
public sealed class GraphEmulatorEntryPoint;
