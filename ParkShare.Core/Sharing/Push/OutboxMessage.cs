using ParkShare.Core.Notices;
using ParkShare.Core.Parking;

namespace ParkShare.Core.Sharing.Push;

/// <summary>
/// One push to one driver about one subject (a parking record or a notice), enqueued in the same
/// transaction as what caused it. (Subject, recipient, event, sequence) is unique, so enqueueing twice
/// changes nothing; the sequence tells apart the moves of one record. A dispatcher claims it with a
/// lease, sends it, and marks it sent in a transaction committed right after WeChat's answer.
/// </summary>
public sealed class OutboxMessage
{
    public const int MaxErrorLength = 300;

    private OutboxMessage()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The record's id for record events, the notice's for <see cref="OutboxEvent.Notice"/>.</summary>
    public Guid SubjectId { get; private set; }

    public Guid? RecordId { get; private set; }

    public Guid? NoticeId { get; private set; }

    public Guid RecipientId { get; private set; }

    public OutboxEvent Event { get; private set; }

    public int Sequence { get; private set; }

    public OutboxState State { get; private set; }

    public int Attempts { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime NextAttemptAtUtc { get; private set; }

    public DateTime? ClaimedUntilUtc { get; private set; }

    public Guid? ClaimToken { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    public PushChannel? Channel { get; private set; }

    /// <summary>WeChat's errcode and our words; never a token, secret or openid.</summary>
    public string? LastError { get; private set; }

    /// <summary>The share link a message that leaves the mini-program carries (reused on retries).</summary>
    public Guid? ShareLinkId { get; private set; }

    public static OutboxMessage AboutRecord(ParkingRecord record, Guid recipientId, OutboxEvent evt, DateTime nowUtc)
    {
        if (evt == OutboxEvent.Notice)
        {
            throw new ArgumentException("A notice push is made with ForNotice.", nameof(evt));
        }

        return New(record.Id, recipientId, evt, evt == OutboxEvent.PositionChanged ? record.PositionRevision : 0, nowUtc, recordId: record.Id, noticeId: null);
    }

    public static OutboxMessage ForNotice(DriverNotice notice, DateTime nowUtc) =>
        New(notice.Id, notice.DriverId, OutboxEvent.Notice, 0, nowUtc, recordId: null, noticeId: notice.Id);

    public bool IsClaimedAt(DateTime nowUtc) => ClaimedUntilUtc is { } until && until > nowUtc;

    public void Claim(Guid token, DateTime untilUtc)
    {
        ClaimToken = token;
        ClaimedUntilUtc = untilUtc;
    }

    public void UseShareLink(Guid linkId) => ShareLinkId ??= linkId;

    public bool IsClaimedBy(Guid token) => State == OutboxState.Pending && ClaimToken == token;

    public void MarkSent(PushChannel channel, DateTime nowUtc)
    {
        State = OutboxState.Sent;
        Channel = channel;
        SentAtUtc = nowUtc;
        Attempts++;
        Release();
    }

    /// <summary>A transient failure: try again at <paramref name="nextAttemptUtc"/>, or give up after <paramref name="maxAttempts"/>.</summary>
    public void Failed(string error, DateTime nextAttemptUtc, int maxAttempts)
    {
        Attempts++;
        LastError = Trim(error);
        NextAttemptAtUtc = nextAttemptUtc;
        if (Attempts >= maxAttempts)
        {
            State = OutboxState.Dead;
        }

        Release();
    }

    /// <summary>Every push channel refused it for good.</summary>
    public void GiveUp(string error)
    {
        Attempts++;
        LastError = Trim(error);
        State = OutboxState.Dead;
        Release();
    }

    /// <summary>Staff retry a dead message: it is pending again with a fresh count of attempts.</summary>
    public bool Retry(DateTime nowUtc)
    {
        if (State != OutboxState.Dead)
        {
            return false;
        }

        State = OutboxState.Pending;
        Attempts = 0;
        NextAttemptAtUtc = nowUtc;
        return true;
    }

    private void Release()
    {
        ClaimToken = null;
        ClaimedUntilUtc = null;
    }

    private static string Trim(string error) => error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;

    private static OutboxMessage New(Guid subjectId, Guid recipientId, OutboxEvent evt, int sequence, DateTime nowUtc, Guid? recordId, Guid? noticeId) => new()
    {
        Id = Guid.CreateVersion7(),
        SubjectId = subjectId,
        RecordId = recordId,
        NoticeId = noticeId,
        RecipientId = recipientId,
        Event = evt,
        Sequence = sequence,
        State = OutboxState.Pending,
        CreatedAtUtc = nowUtc,
        NextAttemptAtUtc = nowUtc,
    };
}
