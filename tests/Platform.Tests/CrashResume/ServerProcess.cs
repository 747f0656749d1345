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
        var start = PlatformProcess.StartInfo(app);
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Jobs__RunInBackground"] = "true";
        start.Environment["Jobs__PollSeconds"] = "1";
        start.Environment["Jobs__LeaseSeconds"] = ((int)lease.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
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
    public void Kill() => PlatformProcess.Kill(_process);

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
