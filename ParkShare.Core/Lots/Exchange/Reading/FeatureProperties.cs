using System.Text.Json;

namespace ParkShare.Core.Lots.Exchange.Reading;

/// <summary>Reading one property of a feature, with the problem it causes when absent or wrong.</summary>
internal sealed class FeatureProperties(LotGeoJsonReading reading, GeoJsonFeature feature)
{
    public string? Text(string name, int maxLength, bool required = true)
    {
        if (!feature.Properties.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                reading.Add(feature, "missing_property", name);
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            reading.Add(feature, "invalid_property", name);
            return null;
        }

        var text = value.GetString()!.Trim();
        if (required && text.Length == 0)
        {
            reading.Add(feature, "missing_property", name);
            return null;
        }

        if (text.Length > maxLength)
        {
            reading.Add(feature, "too_long", name);
            return null;
        }

        return text;
    }

    public double? Number(string name, bool required = true)
    {
        if (!feature.Properties.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                reading.Add(feature, "missing_property", name);
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            reading.Add(feature, "invalid_property", name);
            return null;
        }

        return number;
    }

    public int? Integer(string name, bool required = true)
    {
        var number = Number(name, required);
        if (number is null)
        {
            return null;
        }

        if (number != Math.Floor(number.Value) || Math.Abs(number.Value) > 1_000_000)
        {
            reading.Add(feature, "invalid_property", name);
            return null;
        }

        return (int)number.Value;
    }

    public bool Flag(string name, bool fallback)
    {
        if (!feature.Properties.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return fallback;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        reading.Add(feature, "invalid_property", name);
        return fallback;
    }

    public TEnum? Choice<TEnum>(string name)
        where TEnum : struct, Enum
    {
        var text = Text(name, 32);
        if (text is null)
        {
            return null;
        }

        if (Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !char.IsDigit(text[0]))
        {
            return value;
        }

        reading.Add(feature, "invalid_property", name);
        return null;
    }

    /// <summary>A reference to another feature of the file; <paramref name="code"/> names the problem when it is not there.</summary>
    public T? Reference<T>(string name, IReadOnlyDictionary<Guid, T> targets, string code, bool required = true)
        where T : class
    {
        var text = Text(name, 64, required);
        if (text is null)
        {
            return null;
        }

        if (Guid.TryParse(text, out var id) && targets.TryGetValue(id, out var target))
        {
            return target;
        }

        reading.Add(feature, code, name);
        return null;
    }

    public Level? LevelOf() => Reference("level_id", reading.Levels, "unknown_level");
}
