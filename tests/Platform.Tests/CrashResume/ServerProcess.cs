using System.Diagnostics;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.CrashResume;

/// <summary>
/// The real server as a separate OS process (the Platform.Web.dll next to the tests), on the database and data
/// directory of an <see cref="AppFactory"/>, with the background job runner on. <see cref="Kill"/> is SIGKILL: no
/// shutdown hooks, no finally blocks, open transactions cut off as in a power loss or an OOM kill.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process) => _process = process;

    public static ServerProcess Start(AppFactory app, TimeSpan lease)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Platform.Web.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment[app.Database.ConnectionStringKey.Replace(":", "__", StringComparison.Ordinal)] = app.Database.ConnectionString;
        start.Environment["Platform__DataDirectory"] = app.DataDirectory;
        start.Environment["Demo__Seed"] = "false";
        start.Environment["Jobs__RunInBackground"] = "true";
        start.Environment["Jobs__PollSeconds"] = "1";
        start.Environment["Jobs__LeaseSeconds"] = ((int)lease.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The server process did not start.");
        // Drain the pipes so a chatty server never blocks on a full buffer.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServerProcess(process);
    }

    public bool HasExited => _process.HasExited;

    /// <summary>SIGKILL on Linux and macOS.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
