using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.Hosting;

public sealed class HealthApiTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    [Fact]
    public async Task Healthz_DatabaseAnswers_ReturnsHealthy()
    {
        using var client = fixture.Factory.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("healthy", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Startup_EmptyDatabase_CreatesFileUnderConfiguredPathInWalMode()
    {
        using var client = fixture.Factory.CreateClient();
        await client.GetAsync("/healthz");
        if (fixture.Factory.PostgresConnectionString is { } postgres)
        {
            // On PostgreSQL there is no file: the database the setting names holds the migrated schema.
            await using var db = TestDatabases.NewPostgresContext(postgres);
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            return;
        }

        Assert.True(File.Exists(fixture.Factory.DatabasePath));
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={fixture.Factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task OpenApi_Document_ListsRefineAndLots()
    {
        using var client = fixture.Factory.CreateClient();

        var doc = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = doc.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/mp/refine", out _));
        Assert.True(paths.TryGetProperty("/api/mp/lots", out _));
        Assert.True(paths.TryGetProperty("/healthz", out _));
    }

    [Fact]
    public async Task Scalar_Page_IsServed()
    {
        using var client = fixture.Factory.CreateClient();

        var response = await client.GetAsync("/scalar");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("openapi/v1.json", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/api/mp/nope", 404, "not_found", "未找到")]
    [InlineData("DELETE", "/api/mp/refine", 405, "method_not_allowed", "方法不允许")]
    public async Task UnknownRouteOrMethod_ReturnsLocalizedProblemWithCode(string method, string path, int status, string code, string title)
    {
        using var client = fixture.Factory.CreateClient();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(status, (int)response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }
}
