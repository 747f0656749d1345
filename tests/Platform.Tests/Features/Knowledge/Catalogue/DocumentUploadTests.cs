using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Tests.Features.Network;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Auth;
using static Platform.Tests.Features.Knowledge.Catalogue.CatalogueTestKit;

namespace Platform.Tests.Features.Knowledge.Catalogue;

/// <summary>The app with a 4 KB upload limit, so the size check can be tested without large bodies.</summary>
public sealed class SmallUploadAppFactory : AppFactory
{
    public SmallUploadAppFactory() => WithSetting("Knowledge:MaxUploadBytes", "4096");
}

/// <summary>Uploads through the API: only real, allowed file types within the limit are stored; downloads are attachments.</summary>
public sealed class DocumentUploadTests(SmallUploadAppFactory app) : IClassFixture<SmallUploadAppFactory>
{
    public static TheoryData<string, byte[], string> Refused => new()
    {
        { "report.pdf", Encoding.UTF8.GetBytes("just text, not a PDF"), "does not match its extension (.pdf)" },
        { "manual.pdf", [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03], "Programs and scripts are not accepted" },
        { "setup.exe", [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03], "Programs and scripts are not accepted" },
        { "run.sh", Encoding.UTF8.GetBytes("#!/bin/sh\necho hi"), "Programs and scripts are not accepted" },
        { "photo.png", [0xFF, 0xD8, 0xFF, 0xE0, 0x00], "does not match its extension (.png)" },
        { "slides.pptx", [(byte)'P', (byte)'K', 3, 4, 0, 0], "does not match its extension (.pptx)" },
        { "big.txt", Encoding.UTF8.GetBytes(new string('a', 5000)), "larger than the limit of 4 KB" },
        { "page.html", Encoding.UTF8.GetBytes("<html></html>"), "This file type is not accepted" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Upload_OfRefusedFile_AnswersClearErrorAndStoresNothing(string fileName, byte[] bytes, string message)
    {
        var client = await EditorAsync();
        var title = $"Refused {Guid.NewGuid():N}";

        var response = await client.PostAsync("/api/knowledge/documents", Form(title, fileName, bytes), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await app.WithSystemDbAsync(async db =>
        {
            Assert.False(await db.KnowledgeDocuments.AnyAsync(d => d.Title == title, Ct));
            Assert.Equal(await db.KnowledgeDocuments.CountAsync(Ct), await db.KnowledgeDocumentContents.CountAsync(Ct));
        });
    }

    [Fact]
    public async Task Upload_OfMarkdown_StoresHashAndText_AndDownloadIsAnAttachmentWithNosniff()
    {
        var client = await EditorAsync();
        var bytes = Encoding.UTF8.GetBytes("# Lesson plan\n\nTalk about the Computer Misuse Act.");

        var response = await client.PostAsync("/api/knowledge/documents", Form("Lesson plan", "lesson.md", bytes), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), body.GetProperty("sha256").GetString());
        Assert.Equal("NationalDraft", body.GetProperty("releaseState").GetString());
        await app.WithSystemDbAsync(async db =>
            Assert.Contains("Computer Misuse Act", (await db.KnowledgeDocuments.SingleAsync(d => d.Id == id, Ct)).ExtractedText, StringComparison.Ordinal));

        var download = await client.GetAsync($"/api/knowledge/documents/{id}/content", Ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("lesson.md", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task UploadPage_WithWrongContent_ShowsTheErrorNextToTheFileField()
    {
        var member = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var client = await app.SignInAsync(member);
        var page = await client.GetStringAsync("/Knowledge/Documents", Ct);
        var form = Form("Page upload", "fake.pdf", Encoding.UTF8.GetBytes("not a pdf"), prefix: "Input.");
        form.Add(new StringContent(TestMembers.AntiforgeryToken(page)!), "__RequestVerificationToken");
        var fileContent = new ByteArrayContent(Encoding.UTF8.GetBytes("not a pdf"));
        form.Add(fileContent, "Upload", "fake.pdf");

        var response = await client.PostAsync("/Knowledge/Documents", form, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"Upload-error\"", html, StringComparison.Ordinal);
        Assert.Contains("does not match its extension (.pdf)", html, StringComparison.Ordinal);
    }

    private async Task<HttpClient> EditorAsync() =>
        await (await app.SignInAsync(await app.CreateMemberAsync("NL", Roles.PreventionOfficer))).WithCsrfAsync("/Knowledge/Interventions/New");

    private static MultipartFormDataContent Form(string title, string fileName, byte[] bytes, string prefix = "")
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(title), prefix + "title" },
            { new StringContent("Manual"), prefix + "kind" },
            { new StringContent("en"), prefix + "language" },
        };
        if (prefix.Length == 0)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "file", fileName);
        }

        return form;
    }
}
