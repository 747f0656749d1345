using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CasesProtection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AgencyKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    WrappedKey = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseRetentionReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EnquiryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HoldUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DecidedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseRetentionReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseRetentionReviews_CaseEnquiries_EnquiryId",
                        column: x => x.EnquiryId,
                        principalTable: "CaseEnquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseRetentionReviews_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseRetentionRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    RecordType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    KeepMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewDays = table.Column<int>(type: "INTEGER", nullable: false),
                    EraseWithoutReview = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseRetentionRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseStatistics",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProgrammeKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    ProgrammeVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    ReferralYear = table.Column<int>(type: "INTEGER", nullable: false),
                    AgeBand = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReferralSource = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Eligibility = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Ending = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReoffendedAt12Months = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseStatistics", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Jobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: true),
                    Checkpoint = table.Column<string>(type: "TEXT", nullable: true),
                    Done = table.Column<long>(type: "INTEGER", nullable: false),
                    Total = table.Column<long>(type: "INTEGER", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeaseUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    DedupeKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Jobs", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgencyKeys_AgencyCode_Purpose_Version",
                table: "AgencyKeys",
                columns: new[] { "AgencyCode", "Purpose", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseRetentionReviews_AgencyCode",
                table: "CaseRetentionReviews",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_CaseRetentionReviews_CaseId",
                table: "CaseRetentionReviews",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseRetentionReviews_EnquiryId",
                table: "CaseRetentionReviews",
                column: "EnquiryId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseRetentionRules_AgencyCode",
                table: "CaseRetentionRules",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_CaseRetentionRules_AgencyCode_RecordType",
                table: "CaseRetentionRules",
                columns: new[] { "AgencyCode", "RecordType" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseStatistics_AgencyCode",
                table: "CaseStatistics",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_CaseStatistics_AgencyCode_ReferralYear",
                table: "CaseStatistics",
                columns: new[] { "AgencyCode", "ReferralYear" });

            migrationBuilder.CreateIndex(
                name: "IX_Jobs_CreatedAt",
                table: "Jobs",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Jobs_DedupeKey",
                table: "Jobs",
                column: "DedupeKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Jobs_State_DueAt",
                table: "Jobs",
                columns: new[] { "State", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgencyKeys");

            migrationBuilder.DropTable(
                name: "CaseRetentionReviews");

            migrationBuilder.DropTable(
                name: "CaseRetentionRules");

            migrationBuilder.DropTable(
                name: "CaseStatistics");

            migrationBuilder.DropTable(
                name: "Jobs");
        }
    }
}
