using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ParkShare.Core.Data;

/// <summary>Lets `dotnet ef migrations add --context ParkShareDbContext` build the SQLite model without starting the host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ParkShareDbContext>
{
    public ParkShareDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ParkShareDbContext>().UseSqlite("Data Source=design.db").Options);
}
