namespace ParkShare.Core.Staff;

/// <summary>The two console roles; they come with the schema, with fixed ids.</summary>
public static class ConsoleRoles
{
    public const string Admin = "Admin";
    public const string Operator = "Operator";
    public const string AdminRoleId = "6d1d3c0e-2d0c-4d55-9d5b-0a1f5b0c0001";
    public const string OperatorRoleId = "6d1d3c0e-2d0c-4d55-9d5b-0a1f5b0c0002";
}
