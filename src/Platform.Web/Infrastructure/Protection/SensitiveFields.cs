using System.Collections.Concurrent;
using System.Reflection;

namespace Platform.Web.Infrastructure.Protection;

/// <summary>
/// The string properties of a type marked <c>[Sensitivity(SensitivityLabel.Sensitive)]</c>. The
/// <see cref="SensitiveFieldsInterceptor"/> encrypts them on save; pages show them masked until revealed with a reason.
/// </summary>
public static class SensitiveFields
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<PropertyInfo>> Cache = new();

    public static IReadOnlyList<PropertyInfo> Of(Type type) => Cache.GetOrAdd(type, static t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.PropertyType == typeof(string) && p.CanRead && p.CanWrite
                    && p.GetCustomAttribute<SensitivityAttribute>()?.Label == SensitivityLabel.Sensitive)
        .ToList());

    /// <summary>True when the stored value is ciphertext (what the database holds for every Sensitive field).</summary>
    public static bool IsProtected(string? value) => AesGcmAgencyProtector.IsEnvelope(value);

    /// <summary>Opens the Sensitive fields of a loaded entity, by property name; values that are empty stay null.</summary>
    public static IReadOnlyDictionary<string, string?> Reveal(IAgencyDataProtector protector, string agencyCode, object entity)
    {
        ArgumentNullException.ThrowIfNull(protector);
        ArgumentNullException.ThrowIfNull(entity);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var property in Of(entity.GetType()))
        {
            var stored = (string?)property.GetValue(entity);
            values[property.Name] = stored is null ? null
                : IsProtected(stored) ? protector.Unprotect(agencyCode, stored)
                : stored;
        }

        return values;
    }
}
