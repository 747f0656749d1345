namespace Platform.Web.Features.Operations.Import;

/// <summary>
/// Fixed reference rates to sum payments in euro (OperationPerson.AmountPaidCents is a fact for filters, not
/// accounting). Unknown currencies, including crypto, count as 0 euro; the payment itself still counts.
/// </summary>
public static class ReferenceRates
{
    private static readonly Dictionary<string, decimal> EuroPerUnit = new(StringComparer.OrdinalIgnoreCase)
    {
        ["EUR"] = 1m, [""] = 1m, ["USD"] = 0.92m, ["GBP"] = 1.17m, ["SEK"] = 0.087m, ["NOK"] = 0.085m, ["DKK"] = 0.134m,
        ["PLN"] = 0.23m, ["CHF"] = 1.05m, ["CAD"] = 0.68m, ["AUD"] = 0.61m,
    };

    public static long ToEuroCents(long cents, string? currency) =>
        EuroPerUnit.TryGetValue(currency ?? "", out var rate) ? (long)Math.Round(cents * rate, MidpointRounding.AwayFromZero) : 0;
}
