using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OperationsCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Operations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TargetService = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ServiceType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CoordinatingAgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    LegalBasisNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TakedownDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DataSeizedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Operations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OperationParticipants",
                columns: table => new
                {
                    OperationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationParticipants", x => new { x.OperationId, x.AgencyCode });
                    table.ForeignKey(
                        name: "FK_OperationParticipants_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OperationPersons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    PersonKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    AttributedCountry = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Confidence = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    NeedsReview = table.Column<bool>(type: "INTEGER", nullable: false),
                    AttributionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AccountCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Usernames = table.Column<string>(type: "TEXT", nullable: false),
                    Emails = table.Column<string>(type: "TEXT", nullable: false),
                    Paid = table.Column<bool>(type: "INTEGER", nullable: false),
                    PaymentCount = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountPaidCents = table.Column<long>(type: "INTEGER", nullable: false),
                    AttackCount = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstActivityAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastActivityAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StatedAge = table.Column<int>(type: "INTEGER", nullable: true),
                    FirstContactedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationPersons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OperationPersons_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PersonEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonEvidence_OperationPersons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "OperationPersons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PersonPseudonyms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    OperationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IdentifierKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Pseudonym = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonPseudonyms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonPseudonyms_OperationPersons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "OperationPersons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OperationParticipants_AgencyCode",
                table: "OperationParticipants",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_OperationPersons_AgencyCode",
                table: "OperationPersons",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_OperationPersons_OperationId_AgencyCode",
                table: "OperationPersons",
                columns: new[] { "OperationId", "AgencyCode" });

            migrationBuilder.CreateIndex(
                name: "IX_OperationPersons_OperationId_PersonKey",
                table: "OperationPersons",
                columns: new[] { "OperationId", "PersonKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Operations_Code",
                table: "Operations",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PersonEvidence_AgencyCode",
                table: "PersonEvidence",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_PersonEvidence_PersonId",
                table: "PersonEvidence",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonPseudonyms_AgencyCode",
                table: "PersonPseudonyms",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_PersonPseudonyms_AgencyCode_Pseudonym",
                table: "PersonPseudonyms",
                columns: new[] { "AgencyCode", "Pseudonym" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonPseudonyms_PersonId_IdentifierKind_Pseudonym",
                table: "PersonPseudonyms",
                columns: new[] { "PersonId", "IdentifierKind", "Pseudonym" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OperationParticipants");

            migrationBuilder.DropTable(
                name: "PersonEvidence");

            migrationBuilder.DropTable(
                name: "PersonPseudonyms");

            migrationBuilder.DropTable(
                name: "OperationPersons");

            migrationBuilder.DropTable(
                name: "Operations");
        }
    }
}
