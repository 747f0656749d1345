using Npgsql;
using Platform.Web.Infrastructure.Data;

namespace Platform.Tests.Infrastructure;

public sealed class DatabaseOptionsTests
{
    [Fact]
    public void WithPostgresDefaults_NoSetting_TurnsAutoPrepareOn()
    {
        var result = new NpgsqlConnectionStringBuilder(DatabaseOptions.WithPostgresDefaults("Host=db;Username=app;Password=secret;Database=intercop"));

        Assert.Equal(DatabaseOptions.DefaultMaxAutoPrepare, result.MaxAutoPrepare);
        Assert.Equal(("db", "app", "secret", "intercop"), (result.Host, result.Username, result.Password, result.Database));
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;maxautoprepare=7", 7)]
    public void WithPostgresDefaults_ExplicitSetting_Wins(string connectionString, int expected)
    {
        var result = new NpgsqlConnectionStringBuilder(DatabaseOptions.WithPostgresDefaults(connectionString));

        Assert.Equal(expected, result.MaxAutoPrepare);
    }
}
