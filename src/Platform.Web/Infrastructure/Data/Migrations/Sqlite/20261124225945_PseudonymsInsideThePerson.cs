using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PseudonymsInsideThePerson : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Pseudonyms",
                table: "OperationPersons",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            // Each person's pseudonyms become its list, distinct (which identifier gave a pseudonym is not kept: the
            // next build derives them again from the seized data).
            migrationBuilder.Sql("""
                UPDATE "OperationPersons" SET "Pseudonyms" = (
                    SELECT json_group_array(DISTINCT s."Pseudonym") FROM "PersonPseudonyms" AS s WHERE s."PersonId" = "OperationPersons"."Id")
                WHERE EXISTS (SELECT 1 FROM "PersonPseudonyms" AS s WHERE s."PersonId" = "OperationPersons"."Id");
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    IdentifierKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OperationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
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
                SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-8' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
                       p."AgencyCode", p."OperationId", p."Id", 'unknown', s.value
                FROM "OperationPersons" AS p, json_each(p."Pseudonyms") AS s;
                """);

            migrationBuilder.DropColumn(
                name: "Pseudonyms",
                table: "OperationPersons");
        }
    }
}
