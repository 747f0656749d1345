using System.Runtime.InteropServices;
using Platform.Web.Features.Operations.Attribution;

namespace Platform.Web.Features.Operations.Import;

/// <summary>
/// The rows this process staged, folded per account as they were staged (<see cref="AccountFold"/>), so that a person
/// build right after the import, in the same process, need not group them again in the database: at 13.7M rows that
/// read was half of the build. Used only when it holds exactly what the database holds (<see cref="Covers"/>): every
/// finished import of the operation was staged from its first row by this process, and its finish removed no rows as
/// duplicates of an earlier import. Otherwise the build groups the rows in SQL (<see cref="AccountAggregation"/>), as
/// it does after a resumed import, a separate `build-persons`, or a later file.
/// </summary>
/// <remarks>
/// One import at a time: rows are added on the import's reading thread, the imports are started and completed on
/// the caller's, and the facts are taken once, after the imports.
/// </remarks>
public sealed class StagedAccountFolds
{
    // Seized panels mostly number their accounts: such ids are looked up by their number, which spares comparing the
    // strings (a cache miss per row at millions of accounts, 8% of the attack file's staging CPU). Other ids by text.
    private readonly Dictionary<long, AccountFold> _byNumber = [];
    private readonly Dictionary<string, AccountFold> _byText = new(StringComparer.Ordinal);
    private readonly HashSet<Guid> _started = [];
    private readonly HashSet<Guid> _complete = [];
    private bool _taken;

    /// <summary>An import staged from its first row on: its rows follow through <see cref="Add"/>.</summary>
    internal void Start(Guid importId) => _started.Add(importId);

    internal void Add(StagingRow row)
    {
        var key = row.AccountId;
        ref var fold = ref CanonicalNumber(key) is { } number
            ? ref CollectionsMarshal.GetValueRefOrAddDefault(_byNumber, number, out _)
            : ref CollectionsMarshal.GetValueRefOrAddDefault(_byText, key, out _);
        fold ??= new AccountFold(key);
        fold.Add(row);
    }

    /// <summary>The id's value when it is the canonical decimal text of it (no sign, no leading zero, at most 18 digits), so no two ids share one.</summary>
    internal static long? CanonicalNumber(string id)
    {
        if (id.Length is 0 or > 18 || (id[0] == '0' && id.Length > 1))
        {
            return null;
        }

        var value = 0L;
        foreach (var c in id)
        {
            if (!char.IsAsciiDigit(c))
            {
                return null;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }

    /// <summary>How many accounts have folded rows.</summary>
    internal int Accounts => _byNumber.Count + _byText.Count;

    /// <summary>The import is finished and the database holds exactly the rows added for it.</summary>
    internal void Complete(Guid importId)
    {
        if (_started.Contains(importId))
        {
            _complete.Add(importId);
        }
    }

    /// <summary>Whether these folds are the operation's finished imports: the same imports, each complete, none left half-way.</summary>
    internal bool Covers(IEnumerable<Guid> succeededImports) =>
        !_taken && _complete.SetEquals(_started) && _complete.SetEquals(succeededImports);

    /// <summary>The accounts' facts, once: the folds are emptied, and cover nothing after.</summary>
    internal AccountFacts[] TakeFacts()
    {
        _taken = true;
        AccountFold[] folds = [.. _byNumber.Values, .. _byText.Values];
        _byNumber.Clear();
        _byText.Clear();
        return AccountFold.ToFacts(folds);
    }
}
