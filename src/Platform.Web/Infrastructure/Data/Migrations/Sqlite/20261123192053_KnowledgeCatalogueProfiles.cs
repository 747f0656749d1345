using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KnowledgeCatalogueProfiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "KnowledgeDocuments",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "Components",
                table: "Interventions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactEmail",
                table: "Interventions",
                type: "TEXT",
                maxLength: 254,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ContactName",
                table: "Interventions",
                type: "TEXT",
                maxLength: 150,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ContactUrl",
                table: "Interventions",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "CostNote",
                table: "Interventions",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<decimal>(
                name: "CostPerParticipantEur",
                table: "Interventions",
                type: "TEXT",
                precision: 10,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeliveryFormats",
                table: "Interventions",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<decimal>(
                name: "DosageHours",
                table: "Interventions",
                type: "TEXT",
                precision: 7,
                scale: 1,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DosageSessions",
                table: "Interventions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DosageWeeks",
                table: "Interventions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Focus",
                table: "Interventions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "PartnersNeeded",
                table: "Interventions",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Sources",
                table: "Interventions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Staffing",
                table: "Interventions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Website",
                table: "Interventions",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "KnowledgeDocuments");

            migrationBuilder.DropColumn(
                name: "Components",
                table: "Interventions");

            migrationBuilder.DropColumn(
                name: "ContactEmail",
                table: "Interventions");

            migrationBuilder.DropColumn(
                name: "ContactName",
                table: "Interventions");

            migrationBuilder.DropColumn(
                name: "ContactUrl",
                table: "Interventions");

            migrationBuilder.DropColumn(
                name: "CostNote",
                table: "Interventions");

            migrationBuilder.DropColumn(
                name: "CostPerParticipantEur",
                table: "Interventions");

            migrationBuilder.DropColumn(
                name: "DeliveryFormats",
                table: "Interventions");

            migrationBuilder.DropColumn(
                name: "DosageHours",
                table: "Interventions");

            migrationBuilder.DropColumn(
                name: "DosageSessions",
                table: "Interventions");

            migrationBuilder.DropColumn(
                name: "DosageWeeks",
                table: "Interventions");

            migrationBuilder.DropColumn(
                name: "Focus",
                table: "Interventions");

            migrationBuilder.DropColumn(
                name: "PartnersNeeded",
                table: "Interventions");

            migrationBuilder.DropColumn(
                name: "Sources",
                table: "Interventions");

            migrationBuilder.DropColumn(
                name: "Staffing",
                table: "Interventions");

            migrationBuilder.DropColumn(
                name: "Website",
                table: "Interventions");
        }
    }
}
