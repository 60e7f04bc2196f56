using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace SnowChatOps.GraphEmulator.Data;

/// <summary>
/// Everything the emulator knows, in memory, behind one lock: the control profiles (the bot's offline catalog unless a
/// test replaces them), each control's points over time, the snapshots, the PATCH bodies received, planned faults.
/// </summary>
internal sealed class GraphState(IOptions<GraphEmulatorOptions> options, EmulatorClock clock)
{
    private static readonly string[] States = ["Default", "Ignored", "ThirdParty", "Reviewed"];
    private readonly Lock gate = new();
    private readonly ScoreTimeline timeline = new(CatalogSeed.BaseScores());
    private readonly SnapshotBook snapshots = new(options.Value);
    private readonly List<RecordedPatch> patches = [];
    private readonly Dictionary<FaultTarget, int> throttles = [];
    private List<JsonObject> profiles = CatalogSeed.Profiles();

    public EmulatorClock Clock => clock;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Group ids each user (object id) is a member of, for <c>checkMemberGroups</c>.</summary>
    public ConcurrentDictionary<string, string[]> Memberships { get; } = new(StringComparer.OrdinalIgnoreCase);

    public bool CanWrite { get; set; } = options.Value.CanWrite;

    public static bool IsKnownState(string? state) => States.Contains(state, StringComparer.Ordinal);

    public (IReadOnlyList<JsonObject> Items, bool More) Page(int skip, int take)
    {
        lock (gate)
        {
            return ([.. profiles.Skip(skip).Take(take).Select(p => p.DeepClone().AsObject())], profiles.Count > skip + take);
        }
    }

    public JsonObject? Find(string id)
    {
        lock (gate)
        {
            return profiles.FirstOrDefault(p => string.Equals((string?)p["id"], id, StringComparison.OrdinalIgnoreCase))?.DeepClone().AsObject();
        }
    }

    /// <summary>Records the body, appends a <c>controlStateUpdates</c> entry and moves the control's points after the score delay.</summary>
    public JsonObject? Apply(string id, JsonObject body, string? state, string updatedBy)
    {
        lock (gate)
        {
            var profile = profiles.FirstOrDefault(p => string.Equals((string?)p["id"], id, StringComparison.OrdinalIgnoreCase));
            if (profile is null)
            {
                return null;
            }

            var now = clock.Now;
            var controlId = (string)profile["id"]!;
            patches.Add(new RecordedPatch(controlId, body.DeepClone().AsObject(), now));
            var updates = profile["controlStateUpdates"] as JsonArray ?? [];
            var last = updates.LastOrDefault()?.AsObject();
            var entry = new JsonObject
            {
                ["assignedTo"] = body.TryGetPropertyValue("assignedTo", out var a) ? a?.DeepClone() : last?["assignedTo"]?.DeepClone(),
                ["comment"] = body.TryGetPropertyValue("comment", out var c) ? c?.DeepClone() : last?["comment"]?.DeepClone(),
                ["state"] = state ?? (string?)last?["state"] ?? "Default",
                ["updatedBy"] = updatedBy,
                ["updatedDateTime"] = now.UtcDateTime,
            };
            updates.Add(entry);
            profile["controlStateUpdates"] = updates;
            if (state is not null)
            {
                var max = (double?)profile["maxScore"] ?? 0;
                var score = state switch { "ThirdParty" or "Reviewed" => max, "Ignored" => 0, _ => timeline.BaseOf(controlId) };
                timeline.Set(controlId, now + options.Value.ScoreDelay, score);
            }

            return profile.DeepClone().AsObject();
        }
    }

    public IReadOnlyList<RecordedPatch> Patches()
    {
        lock (gate)
        {
            return [.. patches];
        }
    }

    /// <summary>
    /// Sets a control's achieved points, effective after <paramref name="after"/> (default: the score delay), as if the admin
    /// fixed (or undid) it in Microsoft 365; the first daily snapshot taken after that shows it.
    /// </summary>
    public void SetScore(string controlId, double score, TimeSpan? after = null)
    {
        lock (gate)
        {
            timeline.Set(controlId, clock.Now + (after ?? options.Value.ScoreDelay), score);
        }
    }

    public IReadOnlyList<JsonObject> Snapshots(int top)
    {
        lock (gate)
        {
            return snapshots.NewestFirst(clock.Now, TakeSnapshot, top);
        }
    }

    /// <summary>Adds a snapshot as given (the newest added is served first when daily snapshots are off).</summary>
    public void AddSnapshot(DateTimeOffset createdAt, IReadOnlyDictionary<string, double> controlScores)
    {
        lock (gate)
        {
            snapshots.Add(SnapshotFactory.Create(createdAt, [.. controlScores.Select(c => (c.Key, Category(c.Key), c.Value))], 100));
        }
    }

    public void ClearSnapshots()
    {
        lock (gate)
        {
            snapshots.Clear();
        }
    }

    public void ReplaceProfiles(IEnumerable<JsonObject> replacement)
    {
        lock (gate)
        {
            profiles = [.. replacement];
        }
    }

    public void ThrottleNext(FaultTarget target, int count = 1)
    {
        lock (gate)
        {
            throttles[target] = throttles.GetValueOrDefault(target) + count;
        }
    }

    /// <returns>True when this request is to be answered 429 (a planned fault for its target, or for any request).</returns>
    public bool TryThrottle(FaultTarget target)
    {
        lock (gate)
        {
            foreach (var key in new[] { target, FaultTarget.Any })
            {
                if (throttles.GetValueOrDefault(key) > 0)
                {
                    throttles[key]--;
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Deprecated controls are left out, as in the bot's offline sample snapshot, so both agree on every number.</summary>
    private JsonObject TakeSnapshot(DateTimeOffset day)
    {
        var scored = profiles.Where(p => (bool?)p["deprecated"] != true).ToList();
        var controls = scored.Select(p => (string)p["id"]!)
            .Select(id => (id, Category(id), timeline.ScoreAt(id, day))).ToList();
        return SnapshotFactory.Create(day, controls, scored.Sum(p => (double?)p["maxScore"] ?? 0));
    }

    private string Category(string id) =>
        (string?)profiles.FirstOrDefault(p => string.Equals((string?)p["id"], id, StringComparison.OrdinalIgnoreCase))?["controlCategory"] ?? "Identity";
}
