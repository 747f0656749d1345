using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Web.Infrastructure.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            // Each person's evidence rows become its JSON array, in the order they were written.
            migrationBuilder.Sql("""
                UPDATE "OperationPersons" SET "Evidence" = (
                    SELECT json_group_array(json_object('Count', "Count", 'Country', "Country", 'Detail', "Detail", 'Kind', "Kind", 'Value', "Value"))
                    FROM (SELECT * FROM "PersonEvidence" AS e WHERE e."PersonId" = "OperationPersons"."Id" ORDER BY e."Id"))
                WHERE EXISTS (SELECT 1 FROM "PersonEvidence" AS e WHERE e."PersonId" = "OperationPersons"."Id");
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false)
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
                SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-8' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
                       p."Id", p."AgencyCode", json_extract(e.value, '$.Kind'), json_extract(e.value, '$.Value'), json_extract(e.value, '$.Country'), json_extract(e.value, '$.Count'), json_extract(e.value, '$.Detail')
                FROM "OperationPersons" AS p, json_each(p."Evidence") AS e;
                """);

            migrationBuilder.DropColumn(
                name: "Evidence",
                table: "OperationPersons");
        }
    }
}
