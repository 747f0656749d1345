using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Cases.Programmes;
using Platform.Web.Features.Cases.Work;

namespace Platform.Web.Features.Cases.Detail;

/// <summary>Schedules a session or records one (delivered minutes, fidelity items, deviation with reason) for one planned module.</summary>
public sealed class SessionModel(CaseDetailQuery query, ProgrammeCatalog programmes, RecordSessionHandler handler, IStringLocalizer<SharedResource> localizer)
    : CaseFormPage(query, programmes, localizer)
{
    [BindProperty]
    public SessionInput Input { get; set; } = new();

    public ModuleDosage? Module => Detail.Plan.FirstOrDefault(p => p.Module.Id == Input.PlannedModuleId);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? module, Guid? session, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var scheduled = Detail.Plan.SelectMany(p => p.Sessions).FirstOrDefault(s => s.Id == session);
        Input = new SessionInput
        {
            Version = Detail.Case.Version,
            PlannedModuleId = scheduled?.PlannedModuleId ?? module ?? (Detail.Plan.Count > 0 ? Detail.Plan[0].Module.Id : Guid.Empty),
            SessionId = scheduled?.Id,
            ScheduledOn = scheduled?.ScheduledOn,
            Status = scheduled is null ? SessionStatus.Scheduled : SessionStatus.Delivered,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) =>
        await AnswerAsync(id, await handler.HandleAsync(Actor, id, Input, cancellationToken), Localizer["Session recorded."], cancellationToken);
}
