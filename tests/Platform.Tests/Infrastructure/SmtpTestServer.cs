using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Platform.Tests.Infrastructure;

/// <summary>
/// A real SMTP server for tests: Debian's aiosmtpd on a free local port, storing every message in a Maildir.
/// Start it before the app (AppFactory.WithSetting("Smtp:Host", ...)); tests that need mail call
/// <see cref="SkipIfUnavailable"/> so a machine without python3-aiosmtpd skips them with a clear reason.
/// A recipient whose address starts with <see cref="RejectedPrefix"/> is refused with 550 (a permanent failure).
/// </summary>
public sealed class SmtpTestServer : IAsyncLifetime
{
    private const string Python = "/usr/bin/python3";

    /// <summary>Recipients starting with this are refused at RCPT TO with "550 5.1.1", like an unknown mailbox.</summary>
    public const string RejectedPrefix = "rejected";

    private const string RejectingHandler = """
        from aiosmtpd.handlers import Mailbox

        class RejectingMailbox(Mailbox):
            async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
                if address.lower().startswith("rejected"):
                    return "550 5.1.1 Mailbox unavailable"
                envelope.rcpt_tos.append(address)
                return "250 OK"
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("intercop-smtp-").FullName;
    private readonly StringBuilder _output = new();
    private Process? _process;

    public int Port { get; private set; }

    public string Host => "127.0.0.1";

    /// <summary>Why no server runs (aiosmtpd missing), or null when it runs.</summary>
    public string? UnavailableReason { get; private set; }

    private string Maildir => Path.Combine(_root, "Maildir");

    public async ValueTask InitializeAsync()
    {
        if (!await HasAiosmtpdAsync())
        {
            UnavailableReason = $"{Python} cannot import aiosmtpd; install python3-aiosmtpd to run the mail tests.";
            return;
        }

        Port = FreePort();
        await File.WriteAllTextAsync(Path.Combine(_root, "rejecting_mailbox.py"), RejectingHandler);
        var start = new ProcessStartInfo(Python)
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"{Host}:{Port}", "-c", "rejecting_mailbox.RejectingMailbox", Maildir },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment = { ["PYTHONPATH"] = _root },
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start aiosmtpd.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilListeningAsync(TimeSpan.FromSeconds(20));
    }

    public void SkipIfUnavailable()
    {
        if (UnavailableReason is not null)
        {
            Assert.Skip(UnavailableReason);
        }
    }

    /// <summary>All messages received so far, once there are at least <paramref name="count"/>; oldest first.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForMessagesAsync(int count, TimeSpan timeout)
    {
        SkipIfUnavailable();
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var messages = ReadAll();
            if (messages.Count >= count)
            {
                return messages;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Expected {count} message(s) within {timeout}, received {messages.Count}. Server output: {Output}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>The first message to <paramref name="address"/>; tests sharing a server use distinct recipients.</summary>
    public async Task<MimeMessage> WaitForMessageToAsync(string address, TimeSpan timeout, int nth = 1)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var matching = ReadAll()
                .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))
                .ToList();
            if (matching.Count >= nth)
            {
                return matching[nth - 1];
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No message #{nth} to {address} within {timeout}. Server output: {Output}");
            }

            await Task.Delay(50);
        }
    }

    private string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean up with the other temp files.
        }
    }

    // aiosmtpd writes into tmp/ and renames into new/, so a file in new/ is always complete.
    private List<MimeMessage> ReadAll()
    {
        var folder = Path.Combine(Maildir, "new");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. new DirectoryInfo(folder).GetFiles()
            .OrderBy(f => f.LastWriteTimeUtc)
            .ThenBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => MimeMessage.Load(f.FullName))];
    }

    private async Task WaitUntilListeningAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"aiosmtpd exited with {_process.ExitCode}: {Output}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"aiosmtpd did not listen on port {Port} within {timeout}: {Output}");
    }

    private static async Task<bool> HasAiosmtpdAsync()
    {
        if (!File.Exists(Python))
        {
            return false;
        }

        using var probe = Process.Start(new ProcessStartInfo(Python)
        {
            ArgumentList = { "-c", "import aiosmtpd" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        await probe.WaitForExitAsync();
        return probe.ExitCode == 0;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
