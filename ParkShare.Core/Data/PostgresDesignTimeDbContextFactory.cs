using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ParkShare.Core.Data;

/// <summary>Lets `dotnet ef migrations add --context PostgresParkShareDbContext` build the PostgreSQL model; no server is contacted.</summary>
internal sealed class PostgresDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgresParkShareDbContext>
{
    public PostgresParkShareDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresParkShareDbContext>().UseNpgsql("Host=localhost;Database=parkshare_design").Options);
}
