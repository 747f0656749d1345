namespace Platform.Web.Features.ApiKeys;

public static class ApiKeyLimits
{
    public const int NameLength = 100;
    public const int DefaultLifetimeDays = 90;
    public const int MaxLifetimeDays = 365;

    /// <summary>Active (unexpired, unrevoked) keys per member; old ones must be revoked first.</summary>
    public const int MaxActiveKeysPerMember = 20;
}
