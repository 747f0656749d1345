using Microsoft.Extensions.Configuration;
using Npgsql;
using Platform.Web.Infrastructure.Data;

namespace Platform.Tests.Infrastructure.Data;

public sealed class DatabaseOptionsTests
{
    private static DatabaseOptions From(params (string Key, string Value)[] settings) =>
        DatabaseOptions.From(
            new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build(),
            "/tmp/intercop-data");

    [Fact]
    public void From_PostgresConnectionString_AddsPoolDefaultsKeepingTheRest()
    {
        var options = From(("ConnectionStrings:Postgres", "Host=db.example;Database=intercop;Username=app"));

        var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        Assert.Equal(DatabaseProvider.Postgres, options.Provider);
        Assert.Equal(("db.example", "intercop", "app"), (builder.Host, builder.Database, builder.Username));
        Assert.True(builder.NoResetOnClose);
        Assert.Equal(64, builder.MaxAutoPrepare);
    }

    [Fact]
    public void From_PostgresConnectionStringWithOwnPoolSettings_KeepsThem()
    {
        var options = From(("ConnectionStrings:Postgres", "Host=db;No Reset On Close=false;Max Auto Prepare=0"));

        var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        Assert.False(builder.NoResetOnClose);
        Assert.Equal(0, builder.MaxAutoPrepare);
    }

    [Fact]
    public void From_NoPostgres_IsSqliteFileInTheDataFolder()
    {
        var options = From();

        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
        Assert.Equal($"Data Source={Path.Combine("/tmp/intercop-data", "intercop.db")}", options.ConnectionString);
    }
}
