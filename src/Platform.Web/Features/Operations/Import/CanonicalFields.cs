namespace Platform.Web.Features.Operations.Import;

/// <summary>A canonical field of one kind of seized data, with the source column names it is recognised by.</summary>
public sealed record CanonicalField(string Name, bool Required, FieldType Type, IReadOnlyList<string> Aliases);

public enum FieldType
{
    Text,
    Time,
    Ip,
    Amount,
    Integer,
    Date,
}

/// <summary>
/// The canonical fields per kind (docs/operations-import.md). Aliases are compared after <see cref="Normalise"/>
/// (lower case, letters and digits only), so "user_id", "userID" and "user-id" are all "userid".
/// </summary>
public static class CanonicalFields
{
    private static readonly string[] AccountAliases = ["accountid", "account", "userid", "uid", "user", "memberid", "customerid"];
    private static readonly string[] TimeAliases = ["at", "date", "createdat", "utime", "timestamp", "datetime", "time", "logged", "loggedat"];

    public static IReadOnlyList<CanonicalField> For(ImportKind kind) => kind switch
    {
        ImportKind.Accounts =>
        [
            new("account_id", true, FieldType.Text, [.. AccountAliases, "id"]),
            new("username", false, FieldType.Text, ["username", "name", "login", "nick", "nickname", "handle"]),
            new("email", false, FieldType.Text, ["email", "mail", "emailaddress"]),
            new("registration_ip", false, FieldType.Ip, ["registrationip", "regip", "signupip", "ip", "userip", "ipaddress"]),
            new("registered_at", false, FieldType.Time, ["registeredat", "registered", "regdate", "signupdate", "joined", "createdat", "date", "utime", "timestamp"]),
            new("phone", false, FieldType.Text, ["phone", "phonenumber", "mobile", "tel", "telephone"]),
            new("stated_age", false, FieldType.Integer, ["statedage", "age"]),
            new("birth_date", false, FieldType.Date, ["birthdate", "dateofbirth", "dob", "birthday"]),
        ],
        ImportKind.Logins =>
        [
            new("account_id", true, FieldType.Text, AccountAliases),
            new("ip", true, FieldType.Ip, ["ip", "userip", "loginip", "ipaddress", "address"]),
            new("at", true, FieldType.Time, TimeAliases),
        ],
        ImportKind.Payments =>
        [
            new("account_id", true, FieldType.Text, AccountAliases),
            new("amount", false, FieldType.Amount, ["amount", "sum", "price", "total", "paid"]),
            new("currency", false, FieldType.Text, ["currency", "cur", "currencycode"]),
            new("at", false, FieldType.Time, [.. TimeAliases, "paidat", "paymentdate"]),
            new("payer_email", false, FieldType.Text, ["payeremail", "payer", "paypalemail", "email", "mail"]),
            new("crypto_address", false, FieldType.Text, ["cryptoaddress", "btcaddress", "wallet", "address", "bitcoinaddress"]),
            new("country", false, FieldType.Text, ["country", "payercountry", "countrycode"]),
        ],
        ImportKind.Attacks =>
        [
            new("account_id", true, FieldType.Text, AccountAliases),
            new("target", false, FieldType.Text, ["target", "targeturl", "targetip", "host", "victim", "ip"]),
            new("at", false, FieldType.Time, ["at", "date", "createdat", "utime", "timestamp", "datetime", "startedat", "started"]),
            new("duration", false, FieldType.Integer, ["duration", "time", "length", "seconds", "durationseconds"]),
            new("method", false, FieldType.Text, ["method", "attacktype", "type", "vector"]),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Normalise(string column) =>
        new(column.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
