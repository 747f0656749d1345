using System.Security.Cryptography;
using System.Text;

namespace Platform.Web.Features.Operations.Import;

/// <summary>
/// Turns a source record into a staging row through the confirmed mapping, or gives the reason it cannot be
/// imported. The row hash covers all the record's values, mapped or not, so only exact duplicates collapse.
/// </summary>
public sealed class RowMapper
{
    private const int MaxText = 320;
    private readonly ImportKind _kind;
    private readonly (CanonicalField Field, int Column)[] _fields;
    private readonly DateOnly _ageReference;

    public RowMapper(ImportKind kind, IReadOnlyList<string> columns, ColumnMapping mapping, DateOnly ageReference)
    {
        _kind = kind;
        _ageReference = ageReference;
        _fields = CanonicalFields.For(kind)
            .Where(f => mapping.SourceByField.ContainsKey(f.Name))
            .Select(f => (f, IndexOf(columns, mapping.SourceByField[f.Name])))
            .Where(x => x.Item2 >= 0)
            .ToArray();
    }

    private static int IndexOf(IReadOnlyList<string> columns, string name)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (string.Equals(columns[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    public (StagingRow? Row, string? Reason) Map(Guid operationId, Guid importId, string agencyCode, long rowNumber, string?[] values)
    {
        var row = new StagingRow { OperationId = operationId, Kind = _kind, ImportId = importId, RowNumber = rowNumber, AgencyCode = agencyCode, AccountId = "", RowHash = Hash(values) };
        foreach (var (field, column) in _fields)
        {
            var value = values[column]?.Trim();
            if (string.IsNullOrEmpty(value) || value.Equals("NULL", StringComparison.OrdinalIgnoreCase))
            {
                if (field.Required)
                {
                    return (null, $"The required field {field.Name} is empty.");
                }

                continue;
            }

            if (Apply(row, field, value) is { } reason)
            {
                return (null, reason);
            }
        }

        return (row, null);
    }

    private string? Apply(StagingRow row, CanonicalField field, string value)
    {
        switch (field.Type)
        {
            case FieldType.Time:
                if (!FieldParsers.TryTime(value, out var ms))
                {
                    return $"{field.Name}: '{Clip(value, 40)}' is not a time.";
                }

                row.AtMs = ms;
                return null;
            case FieldType.Ip when !FieldParsers.TryIp(value, out _):
                return $"{field.Name}: '{Clip(value, 40)}' is not an IP address.";
            case FieldType.Amount when !FieldParsers.TryAmountCents(value, out _):
                return $"{field.Name}: '{Clip(value, 40)}' is not an amount.";
            case FieldType.Integer when !FieldParsers.TryInteger(value, out _):
                return $"{field.Name}: '{Clip(value, 40)}' is not a whole number.";
            case FieldType.Date when !FieldParsers.TryDate(value, out _):
                return $"{field.Name}: '{Clip(value, 40)}' is not a date.";
        }

        switch (field.Name)
        {
            case "account_id": row.AccountId = Clip(value, MaxText); break;
            case "username": row.Username = Clip(value, MaxText); break;
            case "email": row.Email = Clip(value, MaxText); break;
            case "registration_ip" or "ip": FieldParsers.TryIp(value, out var ip); row.Ip = ip; break;
            case "registered_at" or "at": break;
            case "phone": row.Phone = Clip(value, MaxText); break;
            case "stated_age": FieldParsers.TryInteger(value, out var age); row.StatedAge = age; break;
            case "birth_date":
                FieldParsers.TryDate(value, out var birth);
                row.StatedAge ??= FieldParsers.AgeOn(birth, _ageReference) is var years and >= 0 and < 130 ? years : null;
                break;
            case "amount": FieldParsers.TryAmountCents(value, out var cents); row.AmountCents = cents; break;
            case "currency": row.Currency = Clip(value.ToUpperInvariant(), 10); break;
            case "payer_email": row.PayerEmail = Clip(value, MaxText); break;
            case "crypto_address": row.CryptoAddress = Clip(value, MaxText); break;
            case "country": row.Country = Clip(value, 64); break;
            case "target": row.Target = Clip(value, MaxText); break;
            case "duration": FieldParsers.TryInteger(value, out var seconds); row.DurationSeconds = seconds; break;
            case "method": row.Method = Clip(value, MaxText); break;
        }

        return null;
    }

    private static string Clip(string value, int max) => value.Length <= max ? value : value[..max];

    public static byte[] Hash(string?[] values)
    {
        var text = string.Join('\u001f', values.Select(v => v ?? "\u0000"));
        var buffer = Encoding.UTF8.GetBytes(text);
        return SHA256.HashData(buffer)[..16];
    }
}
