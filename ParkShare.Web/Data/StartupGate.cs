namespace ParkShare.Web.Data;

/// <summary>
/// Start-up happens beside Kestrel's: the schema gate opens once the database is migrated (the
/// database answers: /healthz may say so), the ready gate once the first administrator and the demo
/// lot are seeded too. Requests that arrive earlier wait rather than meet a half-made database.
/// </summary>
public sealed class StartupGate
{
    private readonly TaskCompletionSource _schema = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Schema => _schema.Task;

    public Task Ready => _ready.Task;

    public void OpenSchema() => _schema.TrySetResult();

    public void Open()
    {
        _schema.TrySetResult();
        _ready.TrySetResult();
    }

    public void Fail(Exception exception)
    {
        _schema.TrySetException(exception);
        _ready.TrySetException(exception);
    }
}
