using SnowChatOps.EndToEnd.Infrastructure;

// One Azurite + emulator + bot + playground for the whole run; the playground broadcasts every reply to every listener,
// so tests run one at a time to keep each test's expectations about "the next bot message" unambiguous.
[assembly: AssemblyFixture(typeof(RunningApp))]
[assembly: CollectionBehavior(DisableTestParallelization = true)]
