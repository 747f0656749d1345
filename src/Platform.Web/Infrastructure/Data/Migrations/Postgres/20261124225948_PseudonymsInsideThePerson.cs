using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PseudonymsInsideThePerson : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "Pseudonyms",
                table: "OperationPersons",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            // Each person's pseudonyms become its list, distinct (which identifier gave a pseudonym is not kept: the
            // next build derives them again from the seized data).
            migrationBuilder.Sql("""
                UPDATE "OperationPersons" AS p SET "Pseudonyms" = s."Pseudonyms"
                FROM (SELECT "PersonId", array_agg(DISTINCT "Pseudonym") AS "Pseudonyms" FROM "PersonPseudonyms" GROUP BY "PersonId") AS s
                WHERE p."Id" = s."PersonId";
                """);

            migrationBuilder.DropTable(
                name: "PersonPseudonyms");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PersonPseudonyms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    IdentifierKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OperationId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
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
                name: "IX_PersonPseudonyms_AgencyCode_OperationId",
                table: "PersonPseudonyms",
                columns: new[] { "AgencyCode", "OperationId" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonPseudonyms_PersonId_IdentifierKind_Pseudonym",
                table: "PersonPseudonyms",
                columns: new[] { "PersonId", "IdentifierKind", "Pseudonym" },
                unique: true);

            migrationBuilder.Sql("""
                INSERT INTO "PersonPseudonyms" ("Id", "AgencyCode", "OperationId", "PersonId", "IdentifierKind", "Pseudonym")
                SELECT gen_random_uuid(), p."AgencyCode", p."OperationId", p."Id", 'unknown', s
                FROM "OperationPersons" AS p CROSS JOIN LATERAL unnest(p."Pseudonyms") AS s;
                """);

            migrationBuilder.DropColumn(
                name: "Pseudonyms",
                table: "OperationPersons");
        }
    }
}
