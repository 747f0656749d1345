namespace Platform.Web.Infrastructure;

public static class PlatformPaths
{
    /// <summary>Folder for the SQLite file, mail pickup and other local state (Platform:DataDirectory).</summary>
    public static string DataDirectory(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Platform:DataDirectory"];
        return Path.GetFullPath(string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(environment.ContentRootPath, "App_Data")
            : configured);
    }
}
