using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Audit;

/// <summary>
/// Walks the whole chain in sequence order, in batches without tracking (constant memory, so a million rows are
/// fine), and reports the first place where the stored trail differs from what was appended.
/// </summary>
public sealed class AuditChainVerifier(IServiceScopeFactory scopes)
{
    public const int DefaultBatchSize = 1000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default) =>
        await VerifyAsync(DefaultBatchSize, cancellationToken);

    public async Task<AuditVerification> VerifyAsync(int batchSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var system = db.Scope.BeginSystemWork();

        long checkedCount = 0;
        long lastSequence = 0;
        var lastHash = AuditHash.Genesis;
        var after = long.MinValue;
        while (true)
        {
            var batch = await db.AuditEntries.AsNoTracking()
                .Where(e => e.Sequence > after)
                .OrderBy(e => e.Sequence)
                .Take(batchSize)
                .ToListAsync(cancellationToken);
            foreach (var entry in batch)
            {
                if (Check(entry, lastSequence, lastHash) is { } broken)
                {
                    return new AuditVerification(checkedCount, broken);
                }

                checkedCount++;
                lastSequence = entry.Sequence;
                lastHash = entry.Hash;
            }

            if (batch.Count < batchSize)
            {
                break;
            }

            after = batch[^1].Sequence;
        }

        var head = await db.AuditChainHeads.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return new AuditVerification(checkedCount, CheckHead(head, lastSequence, lastHash));
    }

    private static AuditBreak? Check(AuditEntry entry, long lastSequence, string lastHash)
    {
        var expected = lastSequence + 1;
        if (entry.Sequence > expected)
        {
            return new AuditBreak(expected, AuditBreakKind.Missing,
                $"Entries {expected} to {entry.Sequence - 1} are missing (deleted); entry {entry.Sequence} follows {lastSequence}.");
        }

        if (entry.Sequence < expected)
        {
            return Break(entry, AuditBreakKind.Inserted, $"Entry {entry.Sequence} has a sequence number outside the chain (inserted).");
        }

        if (AuditHash.Compute(entry) != entry.Hash)
        {
            return Break(entry, AuditBreakKind.Edited, $"Entry {entry.Sequence} does not match its hash: its content was edited.");
        }

        if (entry.PreviousHash != lastHash)
        {
            return Break(entry, AuditBreakKind.ChainBroken,
                $"Entry {entry.Sequence} does not link to entry {lastSequence}: one of them was replaced, or entries were inserted or deleted.");
        }

        return null;
    }

    private static AuditBreak? CheckHead(AuditChainHead? head, long lastSequence, string lastHash)
    {
        if (head is null)
        {
            return new AuditBreak(lastSequence + 1, AuditBreakKind.HeadMismatch, "The chain head row is missing (deleted).");
        }

        if (head.LastSequence > lastSequence)
        {
            return new AuditBreak(lastSequence + 1, AuditBreakKind.Missing,
                $"Entries {lastSequence + 1} to {head.LastSequence} are missing at the end of the trail (deleted); the head records {head.LastSequence}.");
        }

        if (head.LastSequence < lastSequence)
        {
            return new AuditBreak(head.LastSequence + 1, AuditBreakKind.Inserted,
                $"Entries after {head.LastSequence} were added outside the audit service (the head records {head.LastSequence}, the table ends at {lastSequence}).");
        }

        return head.LastHash != lastHash
            ? new AuditBreak(lastSequence, AuditBreakKind.HeadMismatch, $"Entry {lastSequence} is not the entry the chain head records: it was replaced.")
            : null;
    }

    private static AuditBreak Break(AuditEntry entry, AuditBreakKind kind, string explanation) =>
        new(entry.Sequence, kind, explanation, entry.OccurredAt, entry.Action);
}

public enum AuditBreakKind
{
    /// <summary>An entry's content no longer matches its hash.</summary>
    Edited,

    /// <summary>One or more sequence numbers are absent, in the middle or at the end.</summary>
    Missing,

    /// <summary>An entry that the audit service did not append.</summary>
    Inserted,

    /// <summary>An entry's previous hash does not match the entry before it.</summary>
    ChainBroken,

    /// <summary>The chain head does not match the last entry (or is gone).</summary>
    HeadMismatch,
}

/// <summary>The first broken place in the chain. <paramref name="Sequence"/> is the first sequence number affected.</summary>
public sealed record AuditBreak(long Sequence, AuditBreakKind Kind, string Explanation, DateTimeOffset? OccurredAt = null, string? Action = null);

/// <param name="EntriesChecked">Entries found intact before the first break (all of them when intact).</param>
public sealed record AuditVerification(long EntriesChecked, AuditBreak? Break)
{
    public bool Intact => Break is null;
}
