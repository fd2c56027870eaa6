using static ParkShare.Web.Api.ApiExamples;

namespace ParkShare.Web.Drivers;

/// <summary>Example bodies of sign-in and the signed-in driver.</summary>
public static class DriversExamples
{
    public const string DriverId = "01a21870-5c3d-7e2f-9a1b-0c2d3e4f5a6b";

    public static readonly SessionRequest SessionRequest = new("0c3Xk1ll2Gd5xQ0ZuRll2zdNrX3Xk1lF");

    public static readonly SessionResponse Session = new("q4J0tN2pV7x…", Start.AddDays(30), DriverId, true);

    public static readonly MeDto Me = new(DriverId, Start, true, "小王", "#3E4F-5A6B");

    public static readonly RenameRequest Rename = new("小王");
}
