using Microsoft.Extensions.Options;
using ParkShare.Core.Sharing.Bindings;
using ParkShare.Core.WeChat;
using QRCoder;

namespace ParkShare.Web.Sharing.Bindings;

/// <summary>
/// The pictures of an invite, as data URLs: the official-account QR (scene "bind:&lt;code&gt;", drawn
/// locally from the QR's content) and the mini-program code opening pages/bind/accept. WeChat being
/// unreachable leaves a picture out; the invite itself still works through its share path.
/// </summary>
public sealed class InviteImages(IWeChatClient weChat, IOptions<BindingOptions> options, ILogger<InviteImages> logger)
{
    public async Task<(string? QrUrl, string? MiniProgramCodeUrl)> ForAsync(string code, CancellationToken cancellationToken)
    {
        string? qr = null;
        string? wxacode = null;
        try
        {
            var created = await weChat.CreateOfficialAccountQrAsync(InviteCode.Scene(code), options.Value.InviteLifetime, cancellationToken);
            using var data = QRCodeGenerator.GenerateQrCode(created.Url, QRCodeGenerator.ECCLevel.M);
            qr = DataUrl("image/png", new PngByteQRCode(data).GetGraphic(8));
        }
        catch (WeChatException ex)
        {
            logger.LogWarning("Official-account QR for an invite failed: errcode {ErrorCode}", ex.ErrorCode);
        }

        try
        {
            var image = await weChat.GetMiniProgramCodeAsync(new MiniProgramCodeRequest(code, InviteCode.MiniProgramPage), cancellationToken);
            wxacode = DataUrl(image.ContentType, image.Bytes);
        }
        catch (WeChatException ex)
        {
            logger.LogWarning("Mini-program code for an invite failed: errcode {ErrorCode}", ex.ErrorCode);
        }

        return (qr, wxacode);
    }

    private static string DataUrl(string contentType, byte[] bytes) => $"data:{contentType};base64,{Convert.ToBase64String(bytes)}";
}
