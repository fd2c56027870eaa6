namespace ParkShare.Web.Api;

/// <summary>
/// Ids and times the features' example bodies share, so that the examples of one document refer to one
/// lot, one reservation and one record. Each feature builds its examples from its real wire types beside its API.
/// </summary>
public static class ApiExamples
{
    public const string LotId = "01a21861-a2ba-71e6-8650-9f5613b592d3";
    public const string LevelB1 = "01a21861-a2c1-7bad-addc-8c4b94fd19f6";
    public const string LevelB2 = "01a21861-a2d3-747c-a0b5-4a297a7e8e78";
    public const string SpaceId = "01a21861-a2d5-7e9a-ae9e-bda5f2f76e9b";
    public const string ReservationId = "01a2187f-03c4-7d1e-9b1a-2f0c1d4e5a61";
    public const string RecordId = "01a21880-1b2c-7a3d-8e4f-5a6b7c8d9e0f";
    public const string Cursor = "CfDJ8Nq3v0oT…(opaque; pass it back unchanged)";
    public static readonly DateTimeOffset Start = new(2026, 11, 27, 1, 30, 0, TimeSpan.Zero);
}
