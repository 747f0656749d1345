using System.Globalization;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Cli;

namespace Platform.Web.Infrastructure.Protection;

/// <summary>`keys rotate --agency NL`: new writes use a new data key; values under older keys still open.</summary>
internal sealed class KeysRotateCommand : ICliCommand
{
    public string Name => "keys rotate";

    public string Description => "Add a new data key for an agency (--agency NL); older ciphertext still opens.";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (KeysArguments.Agency(arguments) is not { } agency)
        {
            return KeysArguments.Usage("keys rotate --agency NL");
        }

        var version = await services.GetRequiredService<AgencyKeyRing>().RotateAsync(agency, AgencyKeyPurposes.Data, cancellationToken);
        await services.GetRequiredService<IAuditLog>().RecordAsync(
            new AuditEvent("keys.rotated", "AgencyKey", agency, agency, Details: $"data key version {version}", Actor: AuditActor.System),
            cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Agency {agency}: data key version {version} is now used for new values."));
        return 0;
    }
}

/// <summary>
/// `keys erase --agency NL --confirm NL`: crypto-erasure when an agency leaves the network. Every encrypted field
/// and every pseudonym of that agency becomes unrecoverable; there is no undo (back-ups of the database hold only
/// wrapped keys, so restore the Data Protection key ring AND a database back-up from before the erasure, or nothing).
/// </summary>
internal sealed class KeysEraseCommand : ICliCommand
{
    public string Name => "keys erase";

    public string Description => "Crypto-erase all keys of an agency (--agency NL --confirm NL). Irreversible.";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (KeysArguments.Agency(arguments) is not { } agency)
        {
            return KeysArguments.Usage("keys erase --agency NL --confirm NL");
        }

        if (!string.Equals(KeysArguments.Value(arguments, "--confirm"), agency, StringComparison.OrdinalIgnoreCase))
        {
            Console.Error.WriteLine($"This makes every encrypted value and pseudonym of agency {agency} unrecoverable.");
            Console.Error.WriteLine($"Repeat the agency code to confirm: keys erase --agency {agency} --confirm {agency}");
            return 2;
        }

        var erased = await services.GetRequiredService<AgencyKeyRing>().EraseAsync(agency, cancellationToken);
        await services.GetRequiredService<IAuditLog>().RecordAsync(
            new AuditEvent("keys.erased", "AgencyKey", agency, agency, Details: $"{erased} keys crypto-erased", Actor: AuditActor.System),
            cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Agency {agency}: {erased} keys erased."));
        return 0;
    }
}

internal sealed class KeysListCommand : ICliCommand
{
    public string Name => "keys list";

    public string Description => "List an agency's key versions (--agency NL); never prints key material.";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (KeysArguments.Agency(arguments) is not { } agency)
        {
            return KeysArguments.Usage("keys list --agency NL");
        }

        foreach (var key in await services.GetRequiredService<AgencyKeyRing>().ListAsync(agency, cancellationToken))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key.Purpose,-10} v{key.Version,-3} created {key.CreatedAt:u}"));
        }

        return 0;
    }
}

internal static class KeysArguments
{
    public static string? Agency(IReadOnlyList<string> arguments) =>
        Value(arguments, "--agency") is { Length: 2 } code ? code.ToUpperInvariant() : null;

    public static string? Value(IReadOnlyList<string> arguments, string name)
    {
        for (var i = 0; i < arguments.Count - 1; i++)
        {
            if (arguments[i] == name)
            {
                return arguments[i + 1];
            }
        }

        return null;
    }

    public static int Usage(string usage)
    {
        Console.Error.WriteLine($"Usage: {usage}");
        return 2;
    }
}
