using System.Collections.Concurrent;
using ParkShare.Core.WeChat;

namespace ParkShare.Tests.Fakes;

/// <summary>
/// A WeChat that counts what it delivered and fails on demand: <see cref="Fail"/> answers an errcode
/// for a channel ("subscribe" or "template") the next N times, or always with a negative count.
/// </summary>
public sealed class CountingWeChatClient : IWeChatClient
{
    private readonly ConcurrentDictionary<string, (int ErrorCode, int Remaining)> _faults = new();

    public ConcurrentQueue<Delivery> Deliveries { get; } = new();

    private int _attempts;

    public int Attempts => Volatile.Read(ref _attempts);

    public void Fail(string kind, int errorCode, int times = -1) => _faults[kind] = (errorCode, times);

    public Task<WeChatLogin> Code2SessionAsync(string code, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<WeChatIdentity> ExchangeOAuthCodeAsync(string code, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<WeChatImage> GetMiniProgramCodeAsync(MiniProgramCodeRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<OfficialAccountQr> CreateOfficialAccountQrAsync(string scene, TimeSpan? lifetime, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task SendSubscribeMessageAsync(SubscribeMessage message, CancellationToken cancellationToken = default) =>
        DeliverAsync("subscribe", new Delivery("subscribe", message.ToOpenId, message.TemplateId, message.Page, message.Data));

    public Task SendTemplateMessageAsync(TemplateMessage message, CancellationToken cancellationToken = default) =>
        DeliverAsync("template", new Delivery("template", message.ToOpenId, message.TemplateId, message.Url ?? message.MiniProgramPage, message.Data));

    private Task DeliverAsync(string kind, Delivery delivery)
    {
        Interlocked.Increment(ref _attempts);
        if (_faults.TryGetValue(kind, out var fault) && fault.Remaining != 0)
        {
            _faults[kind] = (fault.ErrorCode, fault.Remaining < 0 ? -1 : fault.Remaining - 1);
            throw new WeChatException(fault.ErrorCode, "injected");
        }

        Deliveries.Enqueue(delivery);
        return Task.CompletedTask;
    }

    public sealed record Delivery(string Kind, string ToOpenId, string TemplateId, string? Target, IReadOnlyDictionary<string, string> Data);
}
