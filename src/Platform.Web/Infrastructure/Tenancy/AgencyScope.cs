using System.Security.Claims;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Infrastructure.Tenancy;

/// <summary>
/// The agency whose personal data the current unit of work may see. Read from the signed-in member's
/// claims; background jobs and the seeder set it explicitly.
/// </summary>
public sealed class AgencyScope(IHttpContextAccessor httpContextAccessor)
{
    private string? _agencyOverride;
    private int _systemDepth;

    public string? AgencyCode =>
        _agencyOverride ?? httpContextAccessor.HttpContext?.User.FindFirstValue(PlatformClaims.Agency);

    /// <summary>True while platform jobs (seeding, retention, audit verification) run without a user.</summary>
    public bool IsSystem => _systemDepth > 0;

    public IDisposable ActAs(string agencyCode)
    {
        var previous = _agencyOverride;
        _agencyOverride = agencyCode;
        return new Restore(() => _agencyOverride = previous);
    }

    public IDisposable BeginSystemWork()
    {
        _systemDepth++;
        return new Restore(() => _systemDepth--);
    }

    private sealed class Restore(Action undo) : IDisposable
    {
        private Action? _undo = undo;

        public void Dispose()
        {
            _undo?.Invoke();
            _undo = null;
        }
    }
}
