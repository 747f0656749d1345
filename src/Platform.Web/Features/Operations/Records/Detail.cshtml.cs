using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Operations.Import;
using Platform.Web.Infrastructure;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Records;

[Authorize(Policy = Policies.PersonalData)]
[RequestSizeLimit(20L * 1024 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 20L * 1024 * 1024 * 1024)]
public sealed class DetailModel(
    OperationSummaryQuery summary, RegisterImportHandler register, ConfirmMappingHandler confirm, AppDbContext db,
    IConfiguration configuration, IHostEnvironment environment) : PageModel
{
    public OperationDetail? Detail { get; private set; }

    public Dictionary<Guid, List<string>> Mappings { get; } = [];

    public bool IsCoordinator => Detail?.Operation.CoordinatingAgencyCode == OperationActor.From(User).AgencyCode && OperationActor.From(User).CanCoordinate;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostUploadAsync(Guid id, ImportKind kind, ImportFormat format, IFormFile? file, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !IsCoordinator)
        {
            return NotFound();
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("", "Choose a file to upload.");
            return Page();
        }

        var folder = Path.Combine(PlatformPaths.DataDirectory(configuration, environment), "operations", id.ToString());
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{Guid.CreateVersion7():N}{(format == ImportFormat.Csv ? ".csv" : ".jsonl")}");
        await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            await file.CopyToAsync(target, cancellationToken);
        }

        var outcome = await register.HandleAsync(OperationActor.From(User), id, new ImportFile(kind, format, file.FileName, path), cancellationToken);
        if (outcome.IsInvalid)
        {
            System.IO.File.Delete(path);
            foreach (var message in outcome.Errors.SelectMany(e => e.Value))
            {
                ModelState.AddModelError("", message);
            }

            return Page();
        }

        return Redirect($"/Operations/{id}");
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, Guid importId, string? mapping, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !IsCoordinator)
        {
            return NotFound();
        }

        var pairs = (mapping ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var outcome = await confirm.HandleAsync(OperationActor.From(User), importId, pairs, enqueue: true, cancellationToken);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        foreach (var message in outcome.Errors.SelectMany(e => e.Value))
        {
            ModelState.AddModelError("", message);
        }

        return outcome.IsInvalid ? Page() : Redirect($"/Operations/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Detail = await summary.HandleAsync(OperationActor.From(User).AgencyCode, id, cancellationToken);
        if (Detail is not null && IsCoordinator)
        {
            foreach (var import in await db.Set<OperationImport>().AsNoTracking().Where(i => i.OperationId == id && i.Status == ImportStatus.AwaitingMapping).ToListAsync(cancellationToken))
            {
                Mappings[import.Id] = import.Mapping;
            }
        }

        return Detail is not null;
    }
}
