using SnowChatOps.EndToEnd.Infrastructure;
using Xunit.Sdk;
using Xunit.v3;

// One Azurite + emulator + bot + playground for the whole run; the playground broadcasts every reply to every listener,
// so tests run one at a time to keep each test's expectations about "the next bot message" unambiguous.
[assembly: AssemblyFixture(typeof(RunningApp))]
[assembly: Parallelization(Mode = ParallelMode.None)]
