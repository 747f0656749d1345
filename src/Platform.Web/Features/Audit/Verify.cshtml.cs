using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Audit;

[Authorize(Policy = Policies.NetworkAdmin)]
public sealed class VerifyModel(AuditChainVerifier verifier, IAuditLog audit) : PageModel
{
    public AuditVerification? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync()
    {
        Result = await verifier.VerifyAsync(HttpContext.RequestAborted);
        var outcome = Result.Break is { } broken
            ? string.Create(CultureInfo.InvariantCulture, $"tampered at {broken.Sequence} ({broken.Kind}) after {Result.EntriesChecked} entries")
            : string.Create(CultureInfo.InvariantCulture, $"intact, {Result.EntriesChecked} entries");
        await audit.RecordAsync(new AuditEvent("audit.verified", Details: outcome));
    }

    /// <summary>English sentence (a localizer key) for a break, with the sequence number as {0}.</summary>
    public static string Describe(AuditBreakKind kind) => kind switch
    {
        AuditBreakKind.Edited => "Entry {0} was edited: its content no longer matches its hash.",
        AuditBreakKind.Missing => "Entries are missing from number {0} on: they were deleted.",
        AuditBreakKind.Inserted => "Entry {0} was not appended by the audit service: it was inserted.",
        AuditBreakKind.ChainBroken => "Entry {0} does not link to the entry before it: entries were replaced, inserted or deleted.",
        AuditBreakKind.HeadMismatch => "The end of the trail does not match the chain head at entry {0}: the last entries were changed or deleted.",
        _ => "The audit trail is broken at entry {0}.",
    };
}
