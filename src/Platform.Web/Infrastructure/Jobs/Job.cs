using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Web.Infrastructure.Jobs;

/// <summary>
/// A persisted unit of background work (design brief "Background work"). A runner claims it by taking a lease;
/// the handler reports progress and a checkpoint, so a job whose runner died is taken over after the lease
/// expires and resumes from the checkpoint. Holds no personal data: checkpoints and errors carry ids and counts.
/// </summary>
public sealed class Job
{
    public const int KindLength = 80;
    public const int ErrorLength = 2000;

    public Guid Id { get; set; }
    public required string Kind { get; set; }

    /// <summary>The agency the work is for (who sees it on the jobs page); null for platform-wide work.</summary>
    public string? AgencyCode { get; set; }

    public JobState State { get; set; } = JobState.Queued;

    /// <summary>Input of the job (JSON), fixed at enqueue time.</summary>
    public string? Payload { get; set; }

    /// <summary>Where a resumed run continues (JSON), written with each progress report.</summary>
    public string? Checkpoint { get; set; }

    public long Done { get; set; }
    public long? Total { get; set; }

    /// <summary>Short result for the jobs page, e.g. "3 cases erased".</summary>
    public string? Summary { get; set; }

    public int Attempts { get; set; }
    public int MaxAttempts { get; set; } = 3;
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }

    /// <summary>Recurring occurrences carry e.g. "case-retention:NL:2026-11-24", unique, so two instances schedule it once.</summary>
    public string? DedupeKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public string? Error { get; set; }
}

public enum JobState
{
    Queued = 0,
    Running = 1,
    Succeeded = 2,
    Failed = 3,
}

internal sealed class JobConfiguration : IEntityTypeConfiguration<Job>
{
    public void Configure(EntityTypeBuilder<Job> builder)
    {
        builder.ToTable("Jobs");
        builder.Property(j => j.Kind).HasMaxLength(Job.KindLength);
        builder.Property(j => j.AgencyCode).HasMaxLength(2);
        builder.Property(j => j.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(j => j.Summary).HasMaxLength(500);
        builder.Property(j => j.LeaseOwner).HasMaxLength(200);
        builder.Property(j => j.DedupeKey).HasMaxLength(200);
        builder.Property(j => j.Error).HasMaxLength(Job.ErrorLength);
        builder.HasIndex(j => j.DedupeKey).IsUnique();
        builder.HasIndex(j => new { j.State, j.DueAt });
        builder.HasIndex(j => j.CreatedAt);
    }
}
