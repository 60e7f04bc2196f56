// WebApplicationFactory locates each app's host through a process-wide DiagnosticListener; factories for the
// same entry point started concurrently (TestServer and Kestrel alike) can capture each other's host.
// Integration tests therefore run one class at a time.
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]
