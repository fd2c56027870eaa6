using ParkShare.Core.Occupancy;

namespace ParkShare.Tests.Core.Occupancy;

public sealed class ApiKeySecretTests
{
    public static TheoryData<char> Base64UrlCharacters()
    {
        var data = new TheoryData<char>();
        foreach (var c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=.+/")
        {
            data.Add(c);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Base64UrlCharacters))]
    public void Hash_AnyLastCharacter_HashOrNullNeverThrows(char last)
    {
        var secret = ApiKeySecret.New();
        var changed = secret[..^1] + last;

        var hash = ApiKeySecret.Hash(changed);

        // Only the secret itself, or another spelling of the same bytes, may hash; every other answer is null.
        if (hash is not null)
        {
            Assert.Equal(32, hash.Length);
        }

        Assert.NotNull(ApiKeySecret.Hash(secret));
    }

    [Fact]
    public void Hash_WrongMarkerOrLength_Null()
    {
        var secret = ApiKeySecret.New();

        Assert.Null(ApiKeySecret.Hash("xsk_" + secret[4..]));
        Assert.Null(ApiKeySecret.Hash(secret + "A"));
    }
}
