using Npgsql;
using NpgsqlTypes;

namespace Platform.Web.Features.Operations.Import;

/// <summary>Nullable values for PostgreSQL binary COPY rows (staging rows, and persons with their evidence and pseudonyms).</summary>
internal static class BinaryCopyValues
{
    public static void Text(NpgsqlBinaryImporter w, string? value)
    {
        if (value is null)
        {
            w.WriteNull();
        }
        else
        {
            w.Write(value, NpgsqlDbType.Varchar);
        }
    }

    public static void Number<T>(NpgsqlBinaryImporter w, T? value, NpgsqlDbType type)
        where T : struct
    {
        if (value is { } v)
        {
            w.Write(v, type);
        }
        else
        {
            w.WriteNull();
        }
    }
}
