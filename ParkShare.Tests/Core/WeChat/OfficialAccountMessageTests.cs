using ParkShare.Core.WeChat;

namespace ParkShare.Tests.Core.WeChat;

public sealed class OfficialAccountMessageTests
{
    private static Dictionary<string, string> Fields(params (string Key, string Value)[] extra)
    {
        var fields = new Dictionary<string, string> { ["ToUserName"] = "gh_1", ["FromUserName"] = "o1", ["CreateTime"] = "1714036504" };
        foreach (var (key, value) in extra)
        {
            fields[key] = value;
        }

        return fields;
    }

    [Fact]
    public void From_Text_KeyedByMsgId()
    {
        var message = Assert.IsType<OfficialAccountTextMessage>(OfficialAccountMessage.From(Fields(("MsgType", "text"), ("Content", "我的车"), ("MsgId", "42"))));

        Assert.Equal("我的车", message.Content);
        Assert.Equal("msg:42", message.DeduplicationKey);
    }

    [Theory]
    [InlineData("subscribe", "qrscene_link:abc", "link:abc")]
    [InlineData("subscribe", null, null)]
    [InlineData("subscribe", "", null)]
    [InlineData("SCAN", "bind:xyz", "bind:xyz")]
    [InlineData("CLICK", "MY_CAR", null)]
    public void From_Event_FindsTheScene(string name, string? key, string? scene)
    {
        var fields = Fields(("MsgType", "event"), ("Event", name));
        if (key is not null)
        {
            fields["EventKey"] = key;
        }

        var message = Assert.IsType<OfficialAccountEvent>(OfficialAccountMessage.From(fields));

        Assert.Equal(scene, message.Scene);
        Assert.Equal($"event:o1:1714036504:{name}:{key}", message.DeduplicationKey);
    }

    [Fact]
    public void From_Image_IsOtherMessage() =>
        Assert.IsType<OfficialAccountOtherMessage>(OfficialAccountMessage.From(Fields(("MsgType", "image"), ("MsgId", "7"))));

    [Theory]
    [InlineData("ToUserName")]
    [InlineData("FromUserName")]
    [InlineData("CreateTime")]
    public void From_MissingField_Refused(string missing)
    {
        var fields = Fields(("MsgType", "text"));
        fields.Remove(missing);

        Assert.Equal(WeChatProtocolError.MissingField, Assert.Throws<WeChatProtocolException>(() => OfficialAccountMessage.From(fields)).Error);
    }

    [Fact]
    public void From_EventWithoutName_Refused() =>
        Assert.Throws<WeChatProtocolException>(() => OfficialAccountMessage.From(Fields(("MsgType", "event"))));

    [Fact]
    public void From_NonNumericCreateTime_Refused() =>
        Assert.Throws<WeChatProtocolException>(() => OfficialAccountMessage.From(Fields(("MsgType", "text"), ("CreateTime", "soon"))));
}
