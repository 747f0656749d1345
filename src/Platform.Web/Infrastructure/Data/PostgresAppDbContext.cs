using Microsoft.EntityFrameworkCore;

namespace Platform.Web.Infrastructure.Data;

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
