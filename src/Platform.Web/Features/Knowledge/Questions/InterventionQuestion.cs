using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Features.Network;

namespace Platform.Web.Features.Knowledge.Questions;

/// <summary>
/// A question a member asks the team that owns an intervention, with that team's answer. Not agency-owned: it is
/// shown to everyone who may see the intervention (a shared FAQ), so it follows the intervention's TLP visibility.
/// </summary>
public sealed class InterventionQuestion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid InterventionId { get; set; }

    public required string AskedByMemberId { get; set; }

    public required string Text { get; set; }

    public DateTimeOffset AskedAt { get; set; }

    public string? Answer { get; set; }

    public string? AnsweredByMemberId { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>Set by the asker when the answer settles the question.</summary>
    public DateTimeOffset? ResolvedAt { get; set; }
}

/// <summary>An editor who does not want an email for every new question to their agency (default: emails on).</summary>
public sealed class QuestionMailOptOut
{
    public required string MemberId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class InterventionQuestionConfiguration : IEntityTypeConfiguration<InterventionQuestion>
{
    public void Configure(EntityTypeBuilder<InterventionQuestion> builder)
    {
        builder.ToTable("InterventionQuestions");
        builder.Property(q => q.AskedByMemberId).HasMaxLength(450);
        builder.Property(q => q.AnsweredByMemberId).HasMaxLength(450);
        builder.Property(q => q.Text).HasMaxLength(QuestionRules.MaxLength);
        builder.Property(q => q.Answer).HasMaxLength(QuestionRules.MaxLength);
        builder.HasOne<Intervention>().WithMany().HasForeignKey(q => q.InterventionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(q => q.AskedByMemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(q => new { q.InterventionId, q.AskedAt });
        builder.HasIndex(q => new { q.AskedByMemberId, q.AskedAt });
    }
}

internal sealed class QuestionMailOptOutConfiguration : IEntityTypeConfiguration<QuestionMailOptOut>
{
    public void Configure(EntityTypeBuilder<QuestionMailOptOut> builder)
    {
        builder.ToTable("QuestionMailOptOuts");
        builder.HasKey(o => o.MemberId);
        builder.Property(o => o.MemberId).HasMaxLength(450);
        builder.HasOne<Member>().WithMany().HasForeignKey(o => o.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
