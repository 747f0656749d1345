using System.Globalization;
using Platform.Web.Infrastructure.Cli;

namespace Platform.Web.Features.Audit;

/// <summary>`audit verify`: exit code 0 when the trail is intact, 1 when it was tampered with.</summary>
internal sealed class AuditVerifyCommand : ICliCommand
{
    public string Name => "audit verify";

    public string Description => "Verify the audit trail's hash chain; exit code 1 when it was tampered with.";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, IServiceProvider services, CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<AuditChainVerifier>().VerifyAsync(cancellationToken);
        var culture = CultureInfo.InvariantCulture;
        if (result.Break is not { } broken)
        {
            Console.WriteLine(string.Create(culture, $"Audit trail intact: {result.EntriesChecked} entries verified."));
            return 0;
        }

        Console.WriteLine(string.Create(culture, $"Audit trail TAMPERED: first broken entry is sequence {broken.Sequence} ({broken.Kind})."));
        if (broken.OccurredAt is { } at)
        {
            Console.WriteLine(string.Create(culture, $"  Entry: {at:o} {broken.Action}"));
        }

        Console.WriteLine($"  {broken.Explanation}");
        Console.WriteLine(string.Create(culture, $"  Entries verified before the break: {result.EntriesChecked}."));
        return 1;
    }
}
