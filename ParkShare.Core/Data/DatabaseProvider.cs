namespace ParkShare.Core.Data;

/// <summary>The value of Database:Provider.</summary>
public enum DatabaseProvider
{
    /// <summary>One node, one file: the default, needs nothing installed.</summary>
    Sqlite,

    /// <summary>Several identical nodes on one PostgreSQL database.</summary>
    Postgres,
}
