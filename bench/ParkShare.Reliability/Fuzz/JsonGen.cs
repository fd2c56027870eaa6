using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ParkShare.Reliability.Fuzz;

/// <summary>
/// Writes JSON text for an OpenAPI schema, valid by default, with a mutation at each node at the given
/// rate: wrong types, dropped and extra fields, huge and empty strings, Unicode edge cases (RTL,
/// combining marks, lone surrogates as JSON escapes, NUL), numbers at and past their limits, NaN,
/// Infinity, deep nesting. JSON text is built by hand so that invalid escapes and literals can be sent.
/// </summary>
internal sealed class JsonGen(JsonElement document, Random random, Func<string, string?> knownValue)
{
    public static readonly string[] Strings =
    [
        "", " ", "a", "B2-C-017", "负二层C区17号", "\\u202Eevil\\u202C", "e\\u0301\\u0301\\u0301\\u0301\\u0301", "\\ud800", "\\udc00x", "\\ud83d\\ude97",
        "\\u0000", "nul\\u0000inside", "\\u200b\\u200b", "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd", "%00", "\\\\", "\\\"",
        "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "2026-02-30T25:61:00Z", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z",
        "-1", "1e309", "NaN", "null", "true", "\\ufeff", "\\uffff", "𝕏𝕐", "🅿️🚗", "ـــــ", "\\u0085\\u2028\\u2029", "\\t\\r\\n",
    ];

    public static readonly string[] Numbers =
    [
        "0", "-0", "1", "-1", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "1e308", "-1e308", "1e309",
        "4.9e-324", "1.5", "0.0000001", "NaN", "Infinity", "-Infinity", "1e", "01", "0x10", "1_000", "99999999999999999999999999999999",
    ];

    public double MutationRate { get; set; } = 0.15;

    public string Value(JsonElement schema, string? name, int depth)
    {
        schema = Resolve(schema);
        if (random.NextDouble() < MutationRate)
        {
            return Mutant(depth);
        }

        if (name is not null && knownValue(name) is { } known && random.Next(4) != 0)
        {
            return Quote(known);
        }

        var type = TypeOf(schema);
        var format = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        return type switch
        {
            "object" => Object(schema, depth),
            "array" => Array(schema, depth),
            "integer" => random.Next(3) == 0 ? Numbers[random.Next(Numbers.Length)] : random.Next(-5, 2000).ToString(CultureInfo.InvariantCulture),
            "number" => random.Next(3) == 0 ? Numbers[random.Next(Numbers.Length)] : (random.NextDouble() * 200).ToString("R", CultureInfo.InvariantCulture),
            "boolean" => random.Next(2) == 0 ? "true" : "false",
            "null" => "null",
            _ when format == "uuid" => Quote(random.Next(3) == 0 ? Guid.NewGuid().ToString() : Guid.CreateVersion7().ToString()),
            _ when format == "date-time" => Quote(DateTimeOffset.UtcNow.AddMinutes(random.Next(-600, 6000)).ToString("O", CultureInfo.InvariantCulture)),
            _ => "\"" + Strings[random.Next(Strings.Length)] + "\"",
        };
    }

    /// <summary>A value of a wrong or hostile kind.</summary>
    public string Mutant(int depth) => random.Next(12) switch
    {
        0 => Numbers[random.Next(Numbers.Length)],
        1 => "\"" + Strings[random.Next(Strings.Length)] + "\"",
        2 => Quote(new string('x', random.Next(3) == 0 ? 1_100_000 : 70_000)),
        3 => "\"" + string.Concat(Enumerable.Repeat("\\ud800", 2000)) + "\"",
        4 => "[]",
        5 => "{}",
        6 => "null",
        7 => random.Next(2) == 0 ? "true" : "false",
        8 => new string('[', 3000) + new string(']', 3000),
        9 => "{\"a\":" + Mutant(depth + 1) + ",\"a\":1}",
        10 => Quote(string.Concat(Enumerable.Repeat("负二层", 5000))),
        _ => "[" + string.Join(',', Enumerable.Range(0, random.Next(1, 2000)).Select(_ => "1")) + "]",
    };

    private string Object(JsonElement schema, int depth)
    {
        var parts = new List<string>();
        if (schema.TryGetProperty("properties", out var properties) && depth < 6)
        {
            foreach (var p in properties.EnumerateObject())
            {
                if (random.NextDouble() < MutationRate / 2)
                {
                    continue; // a missing field
                }

                parts.Add(Quote(p.Name) + ":" + Value(p.Value, p.Name, depth + 1));
            }
        }

        if (random.NextDouble() < MutationRate / 2)
        {
            parts.Add(Quote(Strings[random.Next(Strings.Length)].Replace("\\", "", StringComparison.Ordinal) + "_extra") + ":" + Mutant(depth + 1));
        }

        return "{" + string.Join(',', parts) + "}";
    }

    private string Array(JsonElement schema, int depth)
    {
        var items = schema.TryGetProperty("items", out var i) ? i : default;
        var count = random.Next(10) == 0 ? random.Next(100, 1500) : random.Next(0, 4);
        return "[" + string.Join(',', Enumerable.Range(0, depth < 6 ? count : 0).Select(_ => items.ValueKind == JsonValueKind.Undefined ? "1" : Value(items, null, depth + 1))) + "]";
    }

    private JsonElement Resolve(JsonElement schema)
    {
        for (var i = 0; i < 5 && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var r); i++)
        {
            schema = document.GetProperty("components").GetProperty("schemas").GetProperty(r.GetString()!.Split('/')[^1]);
        }

        return schema;
    }

    private string TypeOf(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("type", out var t))
        {
            return schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out _) ? "object" : "string";
        }

        if (t.ValueKind == JsonValueKind.Array)
        {
            var types = t.EnumerateArray().Select(x => x.GetString()!).Where(x => x != "null").ToList();
            return types.Count == 0 ? "null" : types[random.Next(types.Count)];
        }

        return t.GetString()!;
    }

    public static string Quote(string s) => JsonSerializer.Serialize(s, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
}
