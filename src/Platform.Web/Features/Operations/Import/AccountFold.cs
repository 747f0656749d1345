using System.Net;
using Platform.Web.Features.Operations.Attribution;

namespace Platform.Web.Features.Operations.Import;

/// <summary>
/// The staging rows of one account, folded as they arrive in any order, grouped (<see cref="AccountAggregation"/>) or one
/// by one as they are staged (<see cref="StagedAccountFolds"/>), into its <see cref="AccountFacts"/>: both give the same
/// facts. Where an account's rows disagree on a single value (two account rows with different usernames), the ordinal
/// smallest is kept, so the result never depends on the order the rows arrive in. Payments are summed per currency
/// and converted once per currency, so grouping them differently cannot round differently.
/// </summary>
internal sealed class AccountFold(string accountKey)
{
    private string? _username;
    private string? _email;
    private Dictionary<string, long?>? _firstSeenByIp;
    private SortedSet<string>? _phones;
    private SortedSet<string>? _payerEmails;
    private SortedSet<string>? _cryptoAddresses;
    private SortedSet<string>? _paymentCountries;
    private int _paymentCount;
    private Dictionary<string, long>? _centsByCurrency;
    private int _attackCount;
    private long? _firstMs;
    private long? _lastMs;
    private int? _statedAge;

    public void AddAccount(string? username, string? email, string? ip, string? phone, long? firstMs, long? lastMs, int? statedAge)
    {
        _username = Smaller(_username, username);
        _email = Smaller(_email, email);
        AddIp(ip, firstMs);
        Add(ref _phones, phone);
        Times(firstMs, lastMs);
        _statedAge = Max(_statedAge, statedAge);
    }

    public void AddLogins(string? ip, long? firstMs, long? lastMs)
    {
        AddIp(ip, firstMs);
        Times(firstMs, lastMs);
    }

    /// <summary>Payments of one payer, address, country and currency: their amount is converted per currency, as a sum.</summary>
    public void AddPayments(string? payerEmail, string? cryptoAddress, string? country, string? currency, long count, long? amountCents, long? firstMs, long? lastMs)
    {
        Add(ref _payerEmails, payerEmail);
        Add(ref _cryptoAddresses, cryptoAddress);
        Add(ref _paymentCountries, country);
        _paymentCount += (int)count;
        _centsByCurrency ??= new Dictionary<string, long>(StringComparer.Ordinal);
        var key = currency ?? "";
        _centsByCurrency[key] = _centsByCurrency.GetValueOrDefault(key) + (amountCents ?? 0);
        Times(firstMs, lastMs);
    }

    public void AddAttacks(long count, long? firstMs, long? lastMs)
    {
        _attackCount += (int)count;
        Times(firstMs, lastMs);
    }

    /// <summary>One staged row, as the grouping query would count it.</summary>
    public void Add(StagingRow row)
    {
        switch (row.Kind)
        {
            case ImportKind.Accounts:
                AddAccount(row.Username, row.Email, row.Ip, row.Phone, row.AtMs, row.AtMs, row.StatedAge);
                break;
            case ImportKind.Logins:
                AddLogins(row.Ip, row.AtMs, row.AtMs);
                break;
            case ImportKind.Payments:
                AddPayments(row.PayerEmail, row.CryptoAddress, row.Country, row.Currency, 1, row.AmountCents, row.AtMs, row.AtMs);
                break;
            case ImportKind.Attacks:
                AddAttacks(1, row.AtMs, row.AtMs);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(row), row.Kind, "Unknown kind of staging row.");
        }
    }

    /// <summary>
    /// Each account's facts, built on all cores (each is independent of the others); the array lets go of each fold as
    /// it is done, so their memory goes while the facts are made.
    /// </summary>
    public static AccountFacts[] ToFacts(AccountFold[] done)
    {
        var facts = new AccountFacts[done.Length];
        Parallel.For(0, done.Length, i =>
        {
            facts[i] = done[i].ToFacts();
            done[i] = null!;
        });
        return facts;
    }

    public AccountFacts ToFacts() => new(
        accountKey,
        _username,
        _email,
        Ips(),
        List(_payerEmails),
        List(_cryptoAddresses),
        List(_phones),
        List(_paymentCountries),
        _paymentCount,
        AmountPaidCents(),
        _attackCount,
        _firstMs is { } first ? DateTimeOffset.FromUnixTimeMilliseconds(first) : null,
        _lastMs is { } last ? DateTimeOffset.FromUnixTimeMilliseconds(last) : null,
        _statedAge);

    private long AmountPaidCents()
    {
        var cents = 0L;
        foreach (var (currency, sum) in _centsByCurrency ?? [])
        {
            cents += ReferenceRates.ToEuroCents(sum, currency);
        }

        return cents;
    }

    // An account without any value shares one empty list: four empty lists per account were millions of live objects.
    private IReadOnlyList<IpObservation> Ips()
    {
        if (_firstSeenByIp is null)
        {
            return Array.Empty<IpObservation>();
        }

        var ips = new List<IpObservation>(_firstSeenByIp.Count);
        foreach (var (text, firstMs) in _firstSeenByIp.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (IPAddress.TryParse(text, out var address))
            {
                ips.Add(new IpObservation(address, firstMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null));
            }
        }

        return ips;
    }

    private void AddIp(string? ip, long? firstMs)
    {
        if (ip is null)
        {
            return;
        }

        _firstSeenByIp ??= new Dictionary<string, long?>(StringComparer.Ordinal);
        _firstSeenByIp[ip] = _firstSeenByIp.TryGetValue(ip, out var seen) ? Min(seen, firstMs) : firstMs;
    }

    private void Times(long? firstMs, long? lastMs)
    {
        _firstMs = Min(_firstMs, firstMs);
        _lastMs = Max(_lastMs, lastMs);
    }

    // The smaller or larger known value; null only when neither is known.
    private static T? Min<T>(T? a, T? b) where T : struct, IComparable<T> => a is null ? b : b is null ? a : a.Value.CompareTo(b.Value) <= 0 ? a : b;

    private static T? Max<T>(T? a, T? b) where T : struct, IComparable<T> => a is null ? b : b is null ? a : a.Value.CompareTo(b.Value) >= 0 ? a : b;

    private static string? Smaller(string? kept, string? value) =>
        value is not null && (kept is null || string.CompareOrdinal(value, kept) < 0) ? value : kept;

    private static void Add(ref SortedSet<string>? set, string? value)
    {
        if (value is not null)
        {
            (set ??= new SortedSet<string>(StringComparer.Ordinal)).Add(value);
        }
    }

    private static string[] List(SortedSet<string>? set) => set is null ? [] : [.. set];
}
