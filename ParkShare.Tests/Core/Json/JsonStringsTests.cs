using System.Text;
using ParkShare.Core.Json;

namespace ParkShare.Tests.Core.Json;

public sealed class JsonStringsTests
{
    [Theory]
    [InlineData("{\"a\":\"\\ud800\"}")]
    [InlineData("{\"a\":\"\\udc00x\"}")]
    [InlineData("[\"ok\",\"\\ud83d\"]")]
    [InlineData("{\"\\ud800\":1}")]
    [InlineData("{\"a\":")]
    public void AreWellFormed_LoneSurrogateEscapeOrBrokenJson_False(string json) =>
        Assert.False(JsonStrings.AreWellFormed(Encoding.UTF8.GetBytes(json)));

    [Theory]
    [InlineData("{\"a\":\"\\ud83d\\ude97\",\"b\":\"负二层\\u0000\\u202E\"}")]
    [InlineData("[1,2,{\"x\":null}]")]
    [InlineData("\"plain\"")]
    public void AreWellFormed_PairedSurrogatesNulAndRtl_True(string json) =>
        Assert.True(JsonStrings.AreWellFormed(Encoding.UTF8.GetBytes(json)));

    [Theory]
    [InlineData("{\"a\":1,\"a\":2}", false)]
    [InlineData("{\"x\":{\"a\":\"\\ud83d\\ude97\",\"a\":1}}", false)]
    [InlineData("{\"a\":1,\"b\":{\"a\":2}}", true)]
    public void HasUniqueProperties_DuplicateNamesInOneObject_False(string json, bool expected) =>
        Assert.Equal(expected, JsonStrings.HasUniqueProperties(Encoding.UTF8.GetBytes(json)));
}
