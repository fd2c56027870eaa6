using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;

namespace ParkShare.Web.Data;

/// <summary>Hands services the provider's own context type as the one they know, <see cref="ParkShareDbContext"/>.</summary>
public sealed class ProviderContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<ParkShareDbContext>
    where TContext : ParkShareDbContext
{
    public ParkShareDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<ParkShareDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
