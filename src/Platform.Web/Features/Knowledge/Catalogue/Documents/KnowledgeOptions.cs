namespace Platform.Web.Features.Knowledge.Catalogue.Documents;

/// <summary>Settings under "Knowledge" in configuration.</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>Largest accepted upload (default 20 MB). The request limit on the upload endpoints is a little higher, for the form around the file.</summary>
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    public const long FormOverheadBytes = 64 * 1024;
}
