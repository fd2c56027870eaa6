using ParkShare.Core.Staff;
using ParkShare.Web.Localization;
using ParkShare.Web.Staff;

namespace ParkShare.Tests.Web.Staff;

/// <summary>Keys the staff pages build from enums, which the literal-key scan cannot see.</summary>
public sealed class StaffStringsTests
{
    public static TheoryData<string> Keys()
    {
        var keys = new TheoryData<string>();
        foreach (var kind in Enum.GetNames<StaffAuditKind>())
        {
            keys.Add($"StaffAuditKind.{kind}");
        }

        foreach (var error in Enum.GetValues<StaffError>().Where(e => e != StaffError.None))
        {
            keys.Add($"Staff.Error.{error}");
        }

        foreach (var state in new[] { nameof(StaffLinkState.Used), nameof(StaffLinkState.Revoked), nameof(StaffLinkState.Expired) })
        {
            keys.Add($"Invite.{state}");
            keys.Add($"Reset.{state}");
        }

        keys.Add($"Staff.{ConsoleRoles.Admin}");
        keys.Add($"Staff.{ConsoleRoles.Operator}");
        return keys;
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Tables_KeyBuiltFromEnum_InZhCnAndEn(string key)
    {
        Assert.True(JsonStringLocalizer.AllTables.Count >= 2);
        Assert.All(JsonStringLocalizer.AllTables.Values, table => Assert.True(table.ContainsKey(key), key));
    }
}
