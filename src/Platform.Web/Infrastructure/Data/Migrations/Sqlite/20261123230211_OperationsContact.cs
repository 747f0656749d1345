using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OperationsContact : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OperationContactActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    OperationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    NoActionReason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    SendStartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OutcomeAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationContactActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OperationContactActions_OperationPersons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "OperationPersons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OperationSenderSettings",
                columns: table => new
                {
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    FromAddress = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReplyTo = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    ContactPoint = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    MaxPerMinute = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationSenderSettings", x => x.AgencyCode);
                });

            migrationBuilder.CreateTable(
                name: "OperationWarningTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationWarningTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OperationContactOutcomes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    ActionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationContactOutcomes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OperationContactOutcomes_OperationContactActions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "OperationContactActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OperationContactActions_AgencyCode",
                table: "OperationContactActions",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_OperationContactActions_AgencyCode_Kind_SendStartedAt",
                table: "OperationContactActions",
                columns: new[] { "AgencyCode", "Kind", "SendStartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OperationContactActions_CaseId",
                table: "OperationContactActions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_OperationContactActions_OperationId_PersonId",
                table: "OperationContactActions",
                columns: new[] { "OperationId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_OperationContactActions_PersonId",
                table: "OperationContactActions",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_OperationContactOutcomes_ActionId",
                table: "OperationContactOutcomes",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_OperationContactOutcomes_AgencyCode",
                table: "OperationContactOutcomes",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_OperationContactOutcomes_PersonId",
                table: "OperationContactOutcomes",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_OperationSenderSettings_AgencyCode",
                table: "OperationSenderSettings",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_OperationWarningTemplates_AgencyCode",
                table: "OperationWarningTemplates",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_OperationWarningTemplates_AgencyCode_Language",
                table: "OperationWarningTemplates",
                columns: new[] { "AgencyCode", "Language" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OperationContactOutcomes");

            migrationBuilder.DropTable(
                name: "OperationSenderSettings");

            migrationBuilder.DropTable(
                name: "OperationWarningTemplates");

            migrationBuilder.DropTable(
                name: "OperationContactActions");
        }
    }
}
