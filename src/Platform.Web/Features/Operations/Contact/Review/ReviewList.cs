using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Network;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Contact.Review;

public sealed record ReviewRow(Guid Id, string? FirstUsername, string? AttributedCountry, AttributionConfidence Confidence, bool NeedsReview, string? AttributionNote, int AttackCount, bool Paid);

public sealed record ReviewList(Guid OperationId, string OperationCode, IReadOnlyList<string> Participants, PageOf<ReviewRow> Persons);

/// <summary>
/// The coordinator's review list: persons the coordinating agency holds because the evidence was unclear or pointed
/// to a country that does not take part. Only the coordinator sees it (others: 404).
/// </summary>
public sealed class ReviewListHandler(AppDbContext db, OperationAccess access)
{
    public async Task<Outcome<ReviewList>> HandleAsync(ContactActor actor, Guid operationId, int? page, CancellationToken cancellationToken = default)
    {
        var operation = await access.FindVisibleAsync(actor, operationId, cancellationToken);
        if (operation is null || operation.CoordinatingAgencyCode != actor.AgencyCode)
        {
            return Outcome.NotFound<ReviewList>();
        }

        var participants = operation.Participants.Select(p => p.AgencyCode).Order(StringComparer.Ordinal).ToList();
        var paging = Paging.From(page, 50);
        var query = db.OperationPersons.AsNoTracking().Where(p => p.OperationId == operationId
            && (p.NeedsReview || p.AttributedCountry == null || !participants.Contains(p.AttributedCountry)));
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(p => p.AttributedCountry).ThenBy(p => p.Id).Skip(paging.Skip).Take(paging.PageSize)
            .Select(p => new { p.Id, p.Usernames, p.AttributedCountry, p.Confidence, p.NeedsReview, p.AttributionNote, p.AttackCount, p.Paid })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => new ReviewRow(r.Id, r.Usernames.FirstOrDefault(), r.AttributedCountry, r.Confidence, r.NeedsReview, r.AttributionNote, r.AttackCount, r.Paid)).ToList();
        return Outcome.Ok(new ReviewList(operation.Id, operation.Code, participants, new PageOf<ReviewRow>(items, paging.Page, paging.PageSize, total)));
    }
}
