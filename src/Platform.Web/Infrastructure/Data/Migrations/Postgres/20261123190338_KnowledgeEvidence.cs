using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class KnowledgeEvidence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "KnowledgeAdoptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InterventionId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Contact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Adaptations = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Obstacles = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Results = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeAdoptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KnowledgeAdoptions_Agencies_AgencyCode",
                        column: x => x.AgencyCode,
                        principalTable: "Agencies",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_KnowledgeAdoptions_Interventions_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "Interventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeEvidenceRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InterventionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    InstrumentVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    FinalTier = table.Column<int>(type: "integer", nullable: true),
                    OpenedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ResolvedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ResolutionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeEvidenceRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KnowledgeEvidenceRatings_Interventions_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "Interventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeReadinessChecklists",
                columns: table => new
                {
                    InterventionId = table.Column<Guid>(type: "uuid", nullable: false),
                    MaterialLanguages = table.Column<List<string>>(type: "text[]", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Items = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeReadinessChecklists", x => x.InterventionId);
                    table.ForeignKey(
                        name: "FK_KnowledgeReadinessChecklists_Interventions_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "Interventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeAdoptionHistory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AdoptionId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<int>(type: "integer", nullable: true),
                    To = table.Column<int>(type: "integer", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ChangedByName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeAdoptionHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KnowledgeAdoptionHistory_KnowledgeAdoptions_AdoptionId",
                        column: x => x.AdoptionId,
                        principalTable: "KnowledgeAdoptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeEvaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InterventionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Design = table.Column<int>(type: "integer", nullable: false),
                    SampleSize = table.Column<int>(type: "integer", nullable: true),
                    FollowUpMonths = table.Column<int>(type: "integer", nullable: true),
                    IndependentEvaluator = table.Column<bool>(type: "boolean", nullable: false),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AddedByAgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    AdoptionId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Findings = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KnowledgeEvaluations_Interventions_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "Interventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_KnowledgeEvaluations_KnowledgeAdoptions_AdoptionId",
                        column: x => x.AdoptionId,
                        principalTable: "KnowledgeAdoptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeRatingReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RatingId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Tier = table.Column<int>(type: "integer", nullable: true),
                    Rationale = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeRatingReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KnowledgeRatingReviews_KnowledgeEvidenceRatings_RatingId",
                        column: x => x.RatingId,
                        principalTable: "KnowledgeEvidenceRatings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeAdoptionHistory_AdoptionId",
                table: "KnowledgeAdoptionHistory",
                column: "AdoptionId");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeAdoptions_AgencyCode",
                table: "KnowledgeAdoptions",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeAdoptions_InterventionId_AgencyCode",
                table: "KnowledgeAdoptions",
                columns: new[] { "InterventionId", "AgencyCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeAdoptions_Status",
                table: "KnowledgeAdoptions",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeEvaluations_AdoptionId",
                table: "KnowledgeEvaluations",
                column: "AdoptionId");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeEvaluations_InterventionId",
                table: "KnowledgeEvaluations",
                column: "InterventionId");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeEvidenceRatings_InterventionId_Outcome",
                table: "KnowledgeEvidenceRatings",
                columns: new[] { "InterventionId", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeRatingReviews_RatingId_ReviewerId",
                table: "KnowledgeRatingReviews",
                columns: new[] { "RatingId", "ReviewerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeRatingReviews_ReviewerId",
                table: "KnowledgeRatingReviews",
                column: "ReviewerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KnowledgeAdoptionHistory");

            migrationBuilder.DropTable(
                name: "KnowledgeEvaluations");

            migrationBuilder.DropTable(
                name: "KnowledgeRatingReviews");

            migrationBuilder.DropTable(
                name: "KnowledgeReadinessChecklists");

            migrationBuilder.DropTable(
                name: "KnowledgeAdoptions");

            migrationBuilder.DropTable(
                name: "KnowledgeEvidenceRatings");
        }
    }
}
