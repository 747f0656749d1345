using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Web.Infrastructure.Data;

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, AgencyScope scope)
    : AppDbContext(options, scope);
