using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EvidenceInsideThePerson : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Evidence",
                table: "OperationPersons",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            // Each person's evidence rows become its JSON array, in the order they were written.
            migrationBuilder.Sql("""
                UPDATE "OperationPersons" AS p SET "Evidence" = e."Evidence"
                FROM (SELECT "PersonId", jsonb_agg(jsonb_build_object('Count', "Count", 'Country', "Country", 'Detail', "Detail", 'Kind', "Kind", 'Value', "Value") ORDER BY "Id") AS "Evidence"
                      FROM "PersonEvidence" GROUP BY "PersonId") AS e
                WHERE p."Id" = e."PersonId";
                """);

            migrationBuilder.DropTable(
                name: "PersonEvidence");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PersonEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    Detail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Value = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_PersonEvidence_PersonId",
                table: "PersonEvidence",
                column: "PersonId");

            migrationBuilder.Sql("""
                INSERT INTO "PersonEvidence" ("Id", "PersonId", "AgencyCode", "Kind", "Value", "Country", "Count", "Detail")
                SELECT gen_random_uuid(), p."Id", p."AgencyCode", e->>'Kind', e->>'Value', e->>'Country', (e->>'Count')::integer, e->>'Detail'
                FROM "OperationPersons" AS p CROSS JOIN LATERAL jsonb_array_elements(p."Evidence") AS e;
                """);

            migrationBuilder.DropColumn(
                name: "Evidence",
                table: "OperationPersons");
        }
    }
}
