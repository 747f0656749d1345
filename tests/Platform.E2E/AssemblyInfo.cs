using Platform.E2E.Infrastructure;
using Xunit.Sdk;
using Xunit.v3;

// One app server and one browser for all browser tests; each test still gets its own browser context.
[assembly: AssemblyFixture(typeof(BrowserServer))]

// Browser tests share two cores with the app server and Chromium: one at a time keeps timings honest.
[assembly: Parallelization(Mode = ParallelMode.None)]
