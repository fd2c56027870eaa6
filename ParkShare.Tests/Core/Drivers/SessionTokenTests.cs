using ParkShare.Core.Drivers;

namespace ParkShare.Tests.Core.Drivers;

public sealed class SessionTokenTests
{
    [Fact]
    public void Hash_NewToken_Is32ByteSha256()
    {
        Assert.Equal(32, SessionToken.Hash(SessionToken.New())!.Length);
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA ")]
    [InlineData("短")]
    [InlineData("")]
    public void Hash_NotOneOfOurTokens_IsNull(string token)
    {
        Assert.Null(SessionToken.Hash(token));
    }
}
