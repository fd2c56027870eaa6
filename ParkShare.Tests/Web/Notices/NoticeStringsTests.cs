using System.Globalization;
using ParkShare.Core.Notices;
using ParkShare.Web.Localization;

namespace ParkShare.Tests.Web.Notices;

public sealed class NoticeStringsTests
{
    [Fact]
    public void Tables_EveryNoticeKind_HasATitleAndTextThatFormatWithTheFormattersArguments()
    {
        object[] args = ["B2-C-017", "B2", new DateTime(2026, 11, 28, 9, 5, 0), new DateTime(2026, 11, 28, 11, 0, 0), "施工", "滨江停车场"];
        foreach (var (culture, table) in JsonStringLocalizer.AllTables)
        {
            foreach (var kind in Enum.GetNames<NoticeKind>())
            {
                foreach (var part in new[] { "Title", "Text" })
                {
                    Assert.True(table.TryGetValue($"Notice.{kind}.{part}", out var template), $"{culture}: Notice.{kind}.{part}");
                    var text = string.Format(CultureInfo.GetCultureInfo(culture), template!, args);
                    Assert.DoesNotContain("{", text);
                    Assert.True(part == "Title" || text.Contains("B2-C-017", StringComparison.Ordinal), $"{culture}: {kind} names no space");
                }
            }
        }
    }
}
