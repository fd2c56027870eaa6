using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using ParkShare.Core.Data;

namespace ParkShare.Tests.Core.Data;

public sealed class CompiledModelTests
{
    private const string PostgresDesign = "Host=localhost;Database=parkshare_design";

    [Fact]
    public void CompiledModel_ComparedWithModelBuiltFromConfiguration_IsTheSame()
    {
        var options = new DbContextOptionsBuilder<ParkShareDbContext>().UseSqlite("Data Source=:memory:").Options;
        using var compiled = new ParkShareDbContext(options);
        using var runtime = new RuntimeModelContext(options);

        // If this fails, regenerate: dotnet ef dbcontext optimize -p ParkShare.Core --context ParkShareDbContext --output-dir Data/CompiledModel/Sqlite --namespace ParkShare.Core.Data.CompiledModel.Sqlite
        Assert.Equal(Fingerprint(runtime.GetService<IDesignTimeModel>().Model), Fingerprint(compiled.Model));
    }

    [Fact]
    public void CompiledModel_PostgresComparedWithModelBuiltFromConfiguration_IsTheSame()
    {
        using var compiled = new PostgresParkShareDbContext(new DbContextOptionsBuilder<PostgresParkShareDbContext>().UseNpgsql(PostgresDesign).Options);
        var runtimeModel = compiled.GetService<IDesignTimeModel>().Model;

        // If this fails, regenerate: dotnet ef dbcontext optimize -p ParkShare.Core --context PostgresParkShareDbContext --output-dir Data/CompiledModel/Postgres --namespace ParkShare.Core.Data.CompiledModel.Postgres
        Assert.Equal(Fingerprint(runtimeModel), Fingerprint(compiled.Model));
        Assert.All(runtimeModel.GetEntityTypes().SelectMany(e => e.GetProperties()).Where(p => p.ClrType == typeof(string)),
            p => Assert.Equal("C", p.GetCollation()));
    }

    [Fact]
    public void Context_ParkShareDbContext_UsesTheCompiledModel()
    {
        using var db = new ParkShareDbContext(new DbContextOptionsBuilder<ParkShareDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.IsType<ParkShare.Core.Data.CompiledModel.Sqlite.ParkShareDbContextModel>(db.Model);
    }

    [Fact]
    public void Context_PostgresParkShareDbContext_UsesItsOwnCompiledModel()
    {
        using var db = new PostgresParkShareDbContext(new DbContextOptionsBuilder<PostgresParkShareDbContext>().UseNpgsql(PostgresDesign).Options);

        Assert.IsType<ParkShare.Core.Data.CompiledModel.Postgres.PostgresParkShareDbContextModel>(db.Model);
    }

    /// <summary>Tables, columns, keys, relationships and indexes, as text that both kinds of model can give.</summary>
    private static List<string> Fingerprint(IModel model) =>
        [.. model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal).SelectMany(e => Describe(e).Order(StringComparer.Ordinal))];

    private static IEnumerable<string> Describe(IEntityType e)
    {
        static string Names(IEnumerable<IProperty> ps) => string.Join(",", ps.Select(p => p.Name));
        yield return $"{e.Name} table={e.GetTableName()}";
        foreach (var p in e.GetProperties())
        {
            yield return $"{e.Name}.{p.Name}: {p.ClrType.Name} null={p.IsNullable} max={p.GetMaxLength()} converter={p.GetValueConverter()?.ProviderClrType.Name} concurrency={p.IsConcurrencyToken}";
        }

        foreach (var c in e.GetComplexProperties())
        {
            yield return $"{e.Name}.{c.Name}: complex {string.Join(",", c.ComplexType.GetProperties().Select(p => p.Name))}";
        }

        foreach (var k in e.GetKeys())
        {
            yield return $"{e.Name} key({Names(k.Properties)}) primary={k.IsPrimaryKey()}";
        }

        foreach (var f in e.GetForeignKeys())
        {
            yield return $"{e.Name} fk({Names(f.Properties)}) -> {f.PrincipalEntityType.Name} delete={f.DeleteBehavior} required={f.IsRequired}";
        }

        foreach (var i in e.GetIndexes())
        {
            yield return $"{e.Name} index({Names(i.Properties)}) unique={i.IsUnique}";
        }
    }

    /// <summary>No compiled model exists for this type, so EF builds its model from the configurations.</summary>
    private sealed class RuntimeModelContext(DbContextOptions options) : ParkShareDbContext(options);
}
