using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KnowledgeEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InterventionQuestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AskedByMemberId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AskedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnsweredByMemberId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterventionQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InterventionQuestions_AspNetUsers_AskedByMemberId",
                        column: x => x.AskedByMemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InterventionQuestions_Interventions_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "Interventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    OrganiserAgencyCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    HostPartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HostName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    OnlineUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Topics = table.Column<string>(type: "TEXT", nullable: false),
                    SlidesUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordingUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: true),
                    RegistrationDeadline = table.Column<long>(type: "INTEGER", nullable: true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationStamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    Speakers = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KnowledgeEvents_Agencies_OrganiserAgencyCode",
                        column: x => x.OrganiserAgencyCode,
                        principalTable: "Agencies",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_KnowledgeEvents_KnowledgeEvents_ParentId",
                        column: x => x.ParentId,
                        principalTable: "KnowledgeEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_KnowledgeEvents_PartnerOrganisations_HostPartnerId",
                        column: x => x.HostPartnerId,
                        principalTable: "PartnerOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "QuestionMailOptOuts",
                columns: table => new
                {
                    MemberId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionMailOptOuts", x => x.MemberId);
                    table.ForeignKey(
                        name: "FK_QuestionMailOptOuts_AspNetUsers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeEventRegistrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeEventRegistrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KnowledgeEventRegistrations_AspNetUsers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_KnowledgeEventRegistrations_KnowledgeEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "KnowledgeEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InterventionQuestions_AskedByMemberId_AskedAt",
                table: "InterventionQuestions",
                columns: new[] { "AskedByMemberId", "AskedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InterventionQuestions_InterventionId_AskedAt",
                table: "InterventionQuestions",
                columns: new[] { "InterventionId", "AskedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeEventRegistrations_EventId_MemberId",
                table: "KnowledgeEventRegistrations",
                columns: new[] { "EventId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeEventRegistrations_MemberId_Status",
                table: "KnowledgeEventRegistrations",
                columns: new[] { "MemberId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeEvents_HostPartnerId",
                table: "KnowledgeEvents",
                column: "HostPartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeEvents_OrganiserAgencyCode",
                table: "KnowledgeEvents",
                column: "OrganiserAgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeEvents_ParentId_StartsAt",
                table: "KnowledgeEvents",
                columns: new[] { "ParentId", "StartsAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InterventionQuestions");

            migrationBuilder.DropTable(
                name: "KnowledgeEventRegistrations");

            migrationBuilder.DropTable(
                name: "QuestionMailOptOuts");

            migrationBuilder.DropTable(
                name: "KnowledgeEvents");
        }
    }
}
