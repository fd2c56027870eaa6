namespace ParkShare.Core.Console;

public static class ConsoleRoles
{
    public const string Admin = "Admin";
    public const string Operator = "Operator";
}
