namespace SnowChatOps.ServiceNowEmulator.Data;

/// <summary>What the optional JSON data file (<c>Emulator:DataFile</c>) holds.</summary>
internal sealed record StoreSnapshot(Dictionary<string, List<Row>> Tables, Dictionary<string, int> Counters);
