namespace ParkShare.Reliability;

/// <summary>Checks passed and failed; the last line of every run is "&lt;name&gt;: N passed, N failed" for test.sh to add up.</summary>
internal sealed class Tally(string name)
{
    private int _passed;
    private int _failed;

    public int Failed => _failed;

    public void Check(bool ok, string what)
    {
        if (ok)
        {
            Interlocked.Increment(ref _passed);
        }
        else
        {
            Interlocked.Increment(ref _failed);
            Console.WriteLine($"FAIL {what}");
        }
    }

    /// <summary>A failure seen while driving load (a 5xx, a broken answer); successes there are not counted as checks.</summary>
    public void Fail(string what) => Check(false, what);

    public int Finish()
    {
        Console.WriteLine($"{name}: {_passed} passed, {_failed} failed");
        return _failed == 0 ? 0 : 1;
    }
}
