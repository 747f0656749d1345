using System.Diagnostics;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Operations.Import;

namespace Platform.Tests.CrashResume;

/// <summary>
/// `operations import` of the real Platform.Web.dll as a separate OS process on an <see cref="AppFactory"/>'s
/// database, key ring and data directory, with small batches so a kill lands between many commits.
/// </summary>
public sealed class ImportProcess : IDisposable
{
    public const int BatchSize = 250;

    private readonly Process _process;
    private readonly System.Text.StringBuilder _output = new();

    private ImportProcess(Process process) => _process = process;

    public static ImportProcess Start(AppFactory app, string operationCode, ImportKind kind, string path)
    {
        var start = PlatformProcess.StartInfo(app, "operations", "import", "--operation", operationCode, "--kind", kind.ToString(), "--file", path);
        start.Environment["Operations__ImportBatchSize"] = BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var process = Process.Start(start) ?? throw new InvalidOperationException("The import process did not start.");
        var import = new ImportProcess(process);
        process.OutputDataReceived += (_, e) => import.Append(e.Data);
        process.ErrorDataReceived += (_, e) => import.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return import;
    }

    public static async Task<int> RunToEndAsync(AppFactory app, string operationCode, ImportKind kind, string path, CancellationToken cancellationToken)
    {
        using var process = Start(app, operationCode, kind, path);
        return await process.WaitAsync(cancellationToken);
    }

    public bool HasExited => _process.HasExited;

    /// <summary>SIGKILL; false when the process had already ended by itself.</summary>
    public bool Kill() => PlatformProcess.Kill(_process);

    /// <summary>The exit code; the output goes to the test log when it is not 0.</summary>
    public async Task<int> WaitAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(5));
        await _process.WaitForExitAsync(timeout.Token);
        _process.WaitForExit(); // drains the redirected output
        if (_process.ExitCode != 0)
        {
            lock (_output)
            {
                TestContext.Current.TestOutputHelper?.WriteLine(_output.ToString());
            }
        }

        return _process.ExitCode;
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
