using ParkShare.Web.Data;

namespace ParkShare.Tests.Web.Data;

public sealed class PostgresConnectionTests
{
    [Theory]
    [InlineData("Host=db;Database=parkshare;Password=hunter2-secret;Bogus Keyword=1")]
    [InlineData("this is not=a connection;string;Password=hunter2-secret")]
    [InlineData("Password=hunter2-secret;Username=parkshare")]
    public void Validate_WrongConnectionString_NamesTheSettingNeverThePassword(string configured)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => PostgresConnection.Validate(configured));

        Assert.Contains("ConnectionStrings:ParkShare", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_ConnectionStringWithPassword_LeavesThePasswordOut()
    {
        var described = PostgresConnection.Describe("Host=db;Port=5433;Database=parkshare;Username=app;Password=hunter2-secret");

        Assert.Equal("Host=db;Port=5433;Database=parkshare;Username=app", described);
    }

    [Theory]
    [InlineData(null, ParkShare.Core.Data.DatabaseProvider.Sqlite)]
    [InlineData("sqlite", ParkShare.Core.Data.DatabaseProvider.Sqlite)]
    [InlineData("Postgres", ParkShare.Core.Data.DatabaseProvider.Postgres)]
    public void ProviderOf_KnownNames_TheProvider(string? configured, ParkShare.Core.Data.DatabaseProvider expected)
    {
        Assert.Equal(expected, DatabaseOptions.ProviderOf(configured));
    }

    [Fact]
    public void ProviderOf_UnknownName_RefusedNamingTheSetting()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => DatabaseOptions.ProviderOf("Oracle"));

        Assert.Contains("Database:Provider", refused.Message, StringComparison.Ordinal);
    }
}
