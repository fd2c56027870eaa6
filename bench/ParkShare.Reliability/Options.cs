namespace ParkShare.Reliability;

/// <summary>The harness's command line: a mode, then <c>--name value</c> pairs.</summary>
internal sealed class Options(string mode, Dictionary<string, string> values)
{
    public string Mode { get; } = mode;

    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        return new Options(args.Length > 0 ? args[0] : "help", values);
    }

    public string Get(string name, string fallback) => values.TryGetValue(name, out var v) ? v : fallback;

    public int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v) : fallback;

    public double Double(string name, double fallback) => values.TryGetValue(name, out var v) ? double.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;

    public bool Postgres => Get("provider", "sqlite").Equals("postgres", StringComparison.OrdinalIgnoreCase);
}
