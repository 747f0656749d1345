using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Web.Infrastructure.Data.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TargetService = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ServiceType = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CoordinatingAgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    LegalBasisNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    TakedownDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DataSeizedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Operations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OperationParticipants",
                columns: table => new
                {
                    OperationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OperationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    PersonKey = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    AttributedCountry = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    Confidence = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    NeedsReview = table.Column<bool>(type: "boolean", nullable: false),
                    AttributionNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AccountCount = table.Column<int>(type: "integer", nullable: false),
                    Usernames = table.Column<List<string>>(type: "text[]", nullable: false),
                    Emails = table.Column<List<string>>(type: "text[]", nullable: false),
                    Paid = table.Column<bool>(type: "boolean", nullable: false),
                    PaymentCount = table.Column<int>(type: "integer", nullable: false),
                    AmountPaidCents = table.Column<long>(type: "bigint", nullable: false),
                    AttackCount = table.Column<int>(type: "integer", nullable: false),
                    FirstActivityAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastActivityAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    StatedAge = table.Column<int>(type: "integer", nullable: true),
                    FirstContactedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Value = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Detail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    OperationId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    IdentifierKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Pseudonym = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
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
