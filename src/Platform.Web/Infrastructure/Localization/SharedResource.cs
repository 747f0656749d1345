namespace Platform.Web;

/// <summary>Marker type for the shared UI strings in Resources/SharedResource.*.resx.</summary>
public sealed class SharedResource;
