using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using ParkShare.Core.WeChat;

namespace ParkShare.Tests.Core.WeChat;

public sealed class WeChatMessageCryptoTests
{
    private static readonly JsonVector V = new();

    [Fact]
    public void Encrypt_PublicVectorWithItsPrefix_IsByteForByte()
    {
        var crypto = new WeChatMessageCrypto(V.Key, V.AppId);

        Assert.Equal(V.Encrypt, crypto.Encrypt(V.Plaintext, Encoding.ASCII.GetBytes(V.Prefix)));
    }

    [Fact]
    public void Decrypt_PublicVector_GivesTheMessage() =>
        Assert.Equal(V.Plaintext, new WeChatMessageCrypto(V.Key, V.AppId).Decrypt(V.Encrypt));

    [Fact]
    public void RoundTrip_EveryLengthTo300Bytes_DecryptsToTheMessage()
    {
        var crypto = new WeChatMessageCrypto(V.Key, V.AppId);
        var random = new Random(6);
        for (var length = 0; length <= 300; length++)
        {
            var ascii = new string([.. Enumerable.Range(0, length).Select(_ => (char)random.Next(32, 127))]);
            var chinese = string.Concat(Enumerable.Repeat("车", length / 3)) + new string('x', length % 3);
            foreach (var message in new[] { ascii, chinese })
            {
                Assert.Equal(length, Encoding.UTF8.GetByteCount(message));
                var encrypted = crypto.Encrypt(message);
                Assert.Equal(0, Convert.FromBase64String(encrypted).Length % 32);
                Assert.Equal(message, crypto.Decrypt(encrypted));
            }
        }
    }

    [Fact]
    public void Decrypt_AnotherAppId_Refused()
    {
        var error = Assert.Throws<WeChatProtocolException>(() => new WeChatMessageCrypto(V.Key, "wx0000000000000000").Decrypt(V.Encrypt));

        Assert.Equal(WeChatProtocolError.AppIdMismatch, error.Error);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(-17)]
    [InlineData(-40)]
    public void Decrypt_TamperedTail_Refused(int offsetFromEnd)
    {
        var bytes = Convert.FromBase64String(V.Encrypt);
        bytes[bytes.Length + offsetFromEnd] ^= 0x5a;

        Assert.Throws<WeChatProtocolException>(() => new WeChatMessageCrypto(V.Key, V.AppId).Decrypt(Convert.ToBase64String(bytes)));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(33, true)]
    [InlineData(4, false)]
    public void Decrypt_BadPadding_Refused(byte pad, bool uniform)
    {
        // A well-formed message with its last bytes replaced by a pad WeChat would never produce.
        var body = Encoding.UTF8.GetBytes("<xml/>");
        var appId = Encoding.UTF8.GetBytes(V.AppId);
        var plain = new byte[64];
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(16), body.Length);
        body.CopyTo(plain, 20);
        appId.CopyTo(plain, 20 + body.Length);
        plain.AsSpan(60).Fill(uniform ? pad : (byte)4);
        plain[^1] = pad;
        if (!uniform)
        {
            plain[^3] = 3;
        }

        var key = Convert.FromBase64String(V.Key + "=");
        using var aes = Aes.Create();
        aes.Key = key;
        var cipher = Convert.ToBase64String(aes.EncryptCbc(plain, key.AsSpan(0, 16), PaddingMode.None));

        var error = Assert.Throws<WeChatProtocolException>(() => new WeChatMessageCrypto(V.Key, V.AppId).Decrypt(cipher));
        Assert.Equal(WeChatProtocolError.InvalidPadding, error.Error);
    }

    [Theory]
    [InlineData("not base64!", WeChatProtocolError.InvalidBase64)]
    [InlineData("", WeChatProtocolError.InvalidBlockLength)]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA==", WeChatProtocolError.InvalidBlockLength)]
    public void Decrypt_Garbage_TypedError(string encrypted, WeChatProtocolError expected) =>
        Assert.Equal(expected, Assert.Throws<WeChatProtocolException>(() => new WeChatMessageCrypto(V.Key, V.AppId).Decrypt(encrypted)).Error);

    [Theory]
    [InlineData("")]
    [InlineData("tooshort")]
    [InlineData("kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1a!")]
    public void Constructor_BadEncodingAesKey_InvalidKey(string key) =>
        Assert.Equal(WeChatProtocolError.InvalidKey, Assert.Throws<WeChatProtocolException>(() => new WeChatMessageCrypto(key, V.AppId)).Error);

    private sealed class JsonVector
    {
        public string Key { get; } = PublicVectors.MsgCrypt.Text("encoding_aes_key");

        public string AppId { get; } = PublicVectors.MsgCrypt.Text("appid");

        public string Prefix { get; } = PublicVectors.MsgCrypt.Text("random_prefix");

        public string Plaintext { get; } = PublicVectors.MsgCrypt.Text("expected_plaintext");

        public string Encrypt { get; } = PublicVectors.MsgCrypt.Text("encrypt");
    }
}
