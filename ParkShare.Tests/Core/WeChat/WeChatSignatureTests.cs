using ParkShare.Core.WeChat;

namespace ParkShare.Tests.Core.WeChat;

public sealed class WeChatSignatureTests
{
    [Fact]
    public void Compute_ServerUrlPublicVector_Matches()
    {
        Assert.Equal("f464b24fc39322e44b38aa78f5edd27bd1441696", WeChatSignature.Compute("AAAAA", "1714036504", "1514711492"));
        Assert.True(WeChatSignature.Matches("F464B24FC39322E44B38AA78F5EDD27BD1441696", "AAAAA", "1714036504", "1514711492"));
    }

    [Fact]
    public void Compute_SafeModePublicVector_IsTheMsgSignature()
    {
        var v = PublicVectors.MsgCrypt;

        Assert.Equal(v.Text("msg_signature"), WeChatSignature.Compute(v.Text("token"), v.Text("timestamp"), v.Text("nonce"), v.Text("encrypt")));
    }

    [Theory]
    [InlineData("f464b24fc39322e44b38aa78f5edd27bd1441697")]
    [InlineData("f464b24fc39322e44b38aa78f5edd27bd144169")]
    [InlineData("")]
    [InlineData(null)]
    public void Matches_WrongSignature_False(string? signature) =>
        Assert.False(WeChatSignature.Matches(signature, "AAAAA", "1714036504", "1514711492"));

    [Fact]
    public void Matches_EmptyToken_False()
    {
        var signature = WeChatSignature.Compute(string.Empty, "1714036504", "1514711492");

        Assert.False(WeChatSignature.Matches(signature, string.Empty, "1714036504", "1514711492"));
    }
}
