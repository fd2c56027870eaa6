using System.Text;
using ParkShare.Core.WeChat;

namespace ParkShare.Tests.Core.WeChat;

public sealed class OfficialAccountXmlTests
{
    public const string Xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE xml [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <xml><ToUserName>gh_1</ToUserName><FromUserName>o1</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType><Content>&secret;</Content></xml>
        """;

    public const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE xml [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
        <xml><Content>&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;</Content></xml>
        """;

    [Fact]
    public void Read_PlainMessage_GivesItsFieldsAndSkipsNestedOnes()
    {
        var fields = OfficialAccountXml.Read(Encoding.UTF8.GetBytes(
            "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><CreateTime>1714036504</CreateTime><ScanCodeInfo><ScanType>qrcode</ScanType></ScanCodeInfo><Content><![CDATA[我的车]]></Content></xml>"));

        Assert.Equal("gh_1", fields["ToUserName"]);
        Assert.Equal("1714036504", fields["CreateTime"]);
        Assert.Equal("我的车", fields["Content"]);
        Assert.False(fields.ContainsKey("ScanCodeInfo"));
        Assert.False(fields.ContainsKey("ScanType"));
    }

    [Theory]
    [InlineData(Xxe)]
    [InlineData(BillionLaughs)]
    [InlineData("<xml><Content>unclosed</xml>")]
    [InlineData("<notxml><Content>x</Content></notxml>")]
    [InlineData("")]
    public void Read_DtdOrMalformed_InvalidXml(string xml) =>
        Assert.Equal(WeChatProtocolError.InvalidXml, Assert.Throws<WeChatProtocolException>(() => OfficialAccountXml.Read(Encoding.UTF8.GetBytes(xml))).Error);

    [Fact]
    public void Read_OverTheCharacterLimit_XmlTooLarge()
    {
        var xml = "<xml><Content>" + new string('a', OfficialAccountXml.MaxCharacters) + "</Content></xml>";

        Assert.Equal(WeChatProtocolError.XmlTooLarge, Assert.Throws<WeChatProtocolException>(() => OfficialAccountXml.Read(Encoding.UTF8.GetBytes(xml))).Error);
    }

    [Theory]
    [InlineData("a]]>b")]
    [InlineData("]]>]]>")]
    [InlineData("<b>&amp;</b> 车位 B2-C-017 😀")]
    public void TextReply_AnyContent_ReadsBackExactly(string content)
    {
        var xml = OfficialAccountXml.TextReply("o1", "gh_1", 1714036504, content);

        var fields = OfficialAccountXml.Read(Encoding.UTF8.GetBytes(xml));

        Assert.Equal(content, fields["Content"]);
        Assert.Equal("text", fields["MsgType"]);
        Assert.Equal("o1", fields["ToUserName"]);
        Assert.Equal("1714036504", fields["CreateTime"]);
    }

    [Fact]
    public void TextReply_ControlCharacters_Dropped()
    {
        var fields = OfficialAccountXml.Read(Encoding.UTF8.GetBytes(OfficialAccountXml.TextReply("o1", "gh_1", 1, "a\u0001b\u0000c\nd")));

        Assert.Equal("abc\nd", fields["Content"]);
    }

    [Fact]
    public void EncryptedReply_HasTheFourFields()
    {
        var fields = OfficialAccountXml.Read(Encoding.UTF8.GetBytes(OfficialAccountXml.EncryptedReply("ZW5j", "abc", "1714036504", "123")));

        Assert.Equal(["Encrypt", "MsgSignature", "TimeStamp", "Nonce"], fields.Keys);
        Assert.Equal("1714036504", fields["TimeStamp"]);
    }
}
