using Microsoft.AspNetCore.Identity;
using ParkShare.Core.Data;
using ParkShare.Core.Staff;

namespace ParkShare.Web.Staff;

/// <summary>
/// One staff change as one BEGIN IMMEDIATE transaction: a fresh DI scope, so Identity's managers and the
/// audit entries share one short-lived context (a Blazor circuit's scope would keep a context for hours),
/// and the write lock, so two Admins cannot both pass the last-admin check.
/// </summary>
internal sealed class StaffWrite : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope;
    private readonly WriteScope _transaction;

    private StaffWrite(AsyncServiceScope scope, ParkShareDbContext db, WriteScope transaction)
    {
        _scope = scope;
        Db = db;
        _transaction = transaction;
        Users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
    }

    public ParkShareDbContext Db { get; }

    public UserManager<ConsoleUser> Users { get; }

    public static async Task<StaffWrite> BeginAsync(IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        try
        {
            var db = scope.ServiceProvider.GetRequiredService<ParkShareDbContext>();
            return new StaffWrite(scope, db, await WriteTransaction.BeginImmediateAsync(db, cancellationToken));
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }
    }

    /// <summary>Saves what is staged (audit entries included) and commits; without this call nothing is kept.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await Db.SaveChangesAsync(cancellationToken);
        await _transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _scope.DisposeAsync();
    }
}
