namespace ParkShare.Web.WeChat;

/// <summary>The query WeChat signs every callback with; safe mode adds encrypt_type=aes and msg_signature.</summary>
public sealed record OfficialAccountRequest(string? Signature, string? Timestamp, string? Nonce, string? EncryptType, string? MsgSignature)
{
    public bool IsSafeMode => string.Equals(EncryptType, "aes", StringComparison.OrdinalIgnoreCase);

    public static OfficialAccountRequest From(IQueryCollection query) => new(
        query["signature"].FirstOrDefault(), query["timestamp"].FirstOrDefault(), query["nonce"].FirstOrDefault(),
        query["encrypt_type"].FirstOrDefault(), query["msg_signature"].FirstOrDefault());
}
