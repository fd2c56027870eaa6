using System.Security.Cryptography;
using System.Text;

namespace ParkShare.Core.Data;

/// <summary>What a write transaction serialises on: the whole database, or one narrower subject (PostgreSQL advisory lock key).</summary>
public readonly record struct WriteLock(long Value)
{
    /// <summary>The database-wide lock: the same guarantee as SQLite's single writer, across every node.</summary>
    public static readonly WriteLock Database = Named("parkshare:write");

    /// <summary>Held while migrating and seeding, so nodes that start together do it once.</summary>
    public static readonly WriteLock Schema = Named("parkshare:schema");

    /// <summary>One driver's own writes (their reservation count and idempotency keys); spaces are guarded by the exclusion constraint.</summary>
    public static WriteLock Driver(Guid driverId) => Named($"parkshare:driver:{driverId:N}");

    /// <summary>
    /// One space's reservation creates: they queue rather than race into the exclusion constraint,
    /// where two concurrent inserts each wait on the other's check and one dies as a deadlock victim.
    /// Taken after <see cref="Driver"/> (never the other way round), so the two cannot deadlock.
    /// </summary>
    public static WriteLock Space(Guid spaceId) => Named($"parkshare:space:{spaceId:N}");

    private static WriteLock Named(string name) =>
        new(BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(name)), 0));
}
