namespace Platform.Web.Features.Accounts;

/// <summary>
/// Version of the terms of use shown at /Accounts/Terms. Raise <see cref="CurrentVersion"/> whenever the text
/// changes in substance: every member is then asked to accept the new version at their next request.
/// </summary>
public static class TermsOfUse
{
    public const int CurrentVersion = 1;

    public static bool IsAccepted(int? acceptedVersion) => acceptedVersion >= CurrentVersion;
}
