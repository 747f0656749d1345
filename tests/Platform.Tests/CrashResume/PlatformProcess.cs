using System.Diagnostics;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.CrashResume;

/// <summary>
/// The real Platform.Web.dll next to the tests as a separate OS process, on the database, key ring and data directory
/// of an <see cref="AppFactory"/>: the server (<see cref="ServerProcess"/>) or a CLI command.
/// </summary>
public static class PlatformProcess
{
    /// <summary>Start info with redirected output; callers add their own settings to its environment.</summary>
    public static ProcessStartInfo StartInfo(AppFactory app, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Platform.Web.dll"), .. arguments])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment[app.Database.ConnectionStringKey.Replace(":", "__", StringComparison.Ordinal)] = app.Database.ConnectionString;
        start.Environment["Platform__DataDirectory"] = app.DataDirectory;
        start.Environment["Demo__Seed"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return start;
    }

    /// <summary>SIGKILL on Linux and macOS: no shutdown hooks, no finally blocks. False when it had already exited.</summary>
    public static bool Kill(Process process)
    {
        if (process.HasExited)
        {
            return false;
        }

        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return true;
    }
}
