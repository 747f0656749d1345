using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Audit;

/// <summary>
/// Appends entries to the hash chain. <see cref="RecordAsync"/> runs in its own scope and transaction, so a caller's
/// pending changes are never saved by accident, and it works without an HttpContext (CLI, jobs);
/// <see cref="RecordInTransactionAsync"/> joins the caller's transaction instead.
/// </summary>
/// <remarks>
/// Group commit: appends are serialized on the chain head, so one transaction per entry caps the whole process at
/// one commit (one fsync) per entry. Instead, callers queue their entry and one of them at a time writes everything
/// queued so far in a single transaction, chained in queue order; each caller returns only once the transaction
/// holding its entry has committed (or gets its exception), so "recorded before the response" still holds.
/// </remarks>
internal sealed class AuditLog(IServiceScopeFactory scopes, IHttpContextAccessor httpContextAccessor, TimeProvider clock) : IAuditLog, ITransactionalAuditLog, IDisposable
{
    // Bounds one transaction's statement; the queue rarely holds more than the number of concurrent requests.
    internal const int MaxBatch = 200;

    private readonly ConcurrentQueue<PendingEntry> _queue = new();
    private readonly SemaphoreSlim _writer = new(1, 1);

    public async Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new PendingEntry(EntryFor(auditEvent));
        _queue.Enqueue(pending);
        // Not cancellable from here on: a queued entry is written, whether or not its caller still waits.
        await _writer.WaitAsync(CancellationToken.None);
        try
        {
            // An earlier writer may already have committed this entry with its batch.
            while (!pending.Done.Task.IsCompleted)
            {
                await WriteBatchAsync();
            }
        }
        finally
        {
            _writer.Release();
        }

        await pending.Done.Task;
    }

    private async Task WriteBatchAsync()
    {
        var batch = new List<PendingEntry>();
        while (batch.Count < MaxBatch && _queue.TryDequeue(out var next))
        {
            batch.Add(next);
        }

        if (await TryWriteAsync(batch) is not { } failure)
        {
            return;
        }

        // One entry the database refuses must not fail the others that happened to share its transaction.
        foreach (var pending in batch)
        {
            if ((batch.Count == 1 ? failure : await TryWriteAsync([pending])) is { } error)
            {
                pending.Done.TrySetException(error);
            }
        }
    }

    private async Task<Exception?> TryWriteAsync(IReadOnlyList<PendingEntry> batch)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            // A fresh transaction has nothing to roll back to: a savepoint would only cost round trips.
            db.Database.AutoSavepointsEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
            await AppendAsync(db, batch.Select(p => p.Entry).ToList(), CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
        }
        catch (Exception exception)
        {
            return exception;
        }

        foreach (var pending in batch)
        {
            pending.Done.TrySetResult();
        }

        return null;
    }

    public void Dispose() => _writer.Dispose();

    public async Task RecordInTransactionAsync(AppDbContext db, AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("RecordInTransactionAsync needs an open transaction on the context; use RecordAsync otherwise.");
        }

        // The caller's own changes are saved under the caller's agency scope, not the system scope of the append.
        await db.SaveChangesAsync(cancellationToken);
        await AppendAsync(db, [EntryFor(auditEvent)], cancellationToken);
    }

    private static async Task AppendAsync(AppDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        using var system = db.Scope.BeginSystemWork();
        var head = await LockHeadAsync(db, cancellationToken);
        foreach (var entry in entries)
        {
            entry.Chain(head.LastSequence + 1, head.LastHash);
            head.LastSequence = entry.Sequence;
            head.LastHash = entry.Hash;
        }

        db.AuditEntries.AddRange(entries);
        await db.SaveChangesAsync(cancellationToken);

        // A caller's context lives on: a head left tracked would be served stale to its next append (a forked chain).
        db.Entry(head).State = EntityState.Detached;
        foreach (var entry in entries)
        {
            db.Entry(entry).State = EntityState.Detached;
        }
    }

    private AuditEntry EntryFor(AuditEvent auditEvent)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(auditEvent.Action);
        var http = httpContextAccessor.HttpContext;
        var actor = auditEvent.Actor ?? ActorOf(http);
        return new AuditEntry
        {
            OccurredAt = Microseconds(clock.GetUtcNow()),
            ActorMemberId = Clip(actor.MemberId, AuditEntry.MemberIdLength),
            ActorName = Clip(actor.Name, AuditEntry.NameLength) ?? AuditActor.System.Name,
            ActorAgencyCode = Clip(actor.AgencyCode, 2),
            AgencyCode = Clip(Present(auditEvent.AgencyCode) ?? Present(actor.AgencyCode), 2) ?? AuditEntry.NetworkAgencyCode,
            Action = Clip(auditEvent.Action, AuditEntry.ActionLength)!,
            RecordType = Clip(auditEvent.RecordType, AuditEntry.RecordTypeLength),
            RecordId = Clip(auditEvent.RecordId, AuditEntry.RecordIdLength),
            Reason = Clip(auditEvent.Reason, AuditEntry.ReasonLength),
            Details = Clip(auditEvent.Details, AuditEntry.DetailsLength),
            ClientAddress = Clip(ClientAddressOf(http), AuditEntry.ClientAddressLength),
            UserAgent = Clip(Present(http?.Request.Headers.UserAgent.ToString()), AuditEntry.UserAgentLength),
        };
    }

    // The head row lock is what serializes appends, across processes too. SQLite locks the whole database for
    // writing at the first write, so a no-op UPDATE takes the write lock before the head is read.
    private static async Task<AuditChainHead> LockHeadAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        foreach (var tracked in db.ChangeTracker.Entries<AuditChainHead>().ToList())
        {
            tracked.State = EntityState.Detached;
        }

        if (db.Database.IsNpgsql())
        {
            var locked = await db.AuditChainHeads
                .FromSql($"""SELECT * FROM "AuditChainHead" WHERE "Id" = {AuditChainHead.SingletonId} FOR UPDATE""")
                .AsTracking()
                .ToListAsync(cancellationToken);
            return locked.SingleOrDefault() ?? throw MissingHead();
        }

        await db.Database.ExecuteSqlAsync(
            $"""UPDATE "AuditChainHead" SET "LastSequence" = "LastSequence" WHERE "Id" = {AuditChainHead.SingletonId}""",
            cancellationToken);
        return await db.AuditChainHeads.AsTracking().SingleOrDefaultAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken)
            ?? throw MissingHead();
    }

    private static InvalidOperationException MissingHead() =>
        new("The audit chain head row is missing; the audit trail has been tampered with. Run 'audit verify'.");

    private static AuditActor ActorOf(HttpContext? http)
    {
        if (http is null)
        {
            return AuditActor.System;
        }

        var user = http.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return AuditActor.Anonymous;
        }

        var name = user.FindFirstValue(PlatformClaims.DisplayName) ?? user.Identity.Name ?? "member";
        return new AuditActor(user.FindFirstValue(ClaimTypes.NameIdentifier), name, user.FindFirstValue(PlatformClaims.Agency));
    }

    private static string? ClientAddressOf(HttpContext? http)
    {
        var address = http?.Connection.RemoteIpAddress;
        return address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4().ToString() : address?.ToString();
    }

    // PostgreSQL keeps microseconds; truncating first makes the hashed value the stored value on every provider.
    private static DateTimeOffset Microseconds(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % 10), TimeSpan.Zero);

    private static string? Present(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    // PostgreSQL text cannot hold NUL; cutting between a surrogate pair would store a different string than was hashed.
    internal static string? Clip(string? value, int maxLength)
    {
        if (value is null)
        {
            return null;
        }

        value = value.Replace('\0', '\uFFFD');
        if (value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0)
        {
            // Lone surrogates become U+FFFD, as every UTF-8 encoder in the path would (or would refuse them).
            value = System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(value));
        }

        if (value.Length <= maxLength)
        {
            return value;
        }

        var cut = char.IsHighSurrogate(value[maxLength - 1]) ? maxLength - 1 : maxLength;
        return value[..cut];
    }

    private sealed record PendingEntry(AuditEntry Entry)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
