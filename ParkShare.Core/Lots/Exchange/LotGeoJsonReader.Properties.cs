using System.Text.Json;

namespace ParkShare.Core.Lots.Exchange;

/// <summary>Reading one property of a feature, with the problem it causes when absent or wrong.</summary>
public sealed partial class LotGeoJsonReader
{
    private string? Text(Item item, string name, int maxLength, bool required = true)
    {
        if (!item.Properties.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Add(item, "missing_property", name);
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Add(item, "invalid_property", name);
            return null;
        }

        var text = value.GetString()!.Trim();
        if (required && text.Length == 0)
        {
            Add(item, "missing_property", name);
            return null;
        }

        if (text.Length > maxLength)
        {
            Add(item, "too_long", name);
            return null;
        }

        return text;
    }

    private double? Number(Item item, string name, bool required = true)
    {
        if (!item.Properties.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Add(item, "missing_property", name);
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            Add(item, "invalid_property", name);
            return null;
        }

        return number;
    }

    private int? Integer(Item item, string name, bool required = true)
    {
        var number = Number(item, name, required);
        if (number is null)
        {
            return null;
        }

        if (number != Math.Floor(number.Value) || Math.Abs(number.Value) > 1_000_000)
        {
            Add(item, "invalid_property", name);
            return null;
        }

        return (int)number.Value;
    }

    private bool Flag(Item item, string name, bool fallback)
    {
        if (!item.Properties.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return fallback;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Add(item, "invalid_property", name);
        return fallback;
    }

    private TEnum? Choice<TEnum>(Item item, string name)
        where TEnum : struct, Enum
    {
        var text = Text(item, name, 32);
        if (text is null)
        {
            return null;
        }

        if (Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !char.IsDigit(text[0]))
        {
            return value;
        }

        Add(item, "invalid_property", name);
        return null;
    }

    /// <summary>A reference to another feature of the file; <paramref name="code"/> names the problem when it is not there.</summary>
    private T? Reference<T>(Item item, string name, IReadOnlyDictionary<Guid, T> targets, string code, bool required = true)
        where T : class
    {
        var text = Text(item, name, 64, required);
        if (text is null)
        {
            return null;
        }

        if (Guid.TryParse(text, out var id) && targets.TryGetValue(id, out var target))
        {
            return target;
        }

        Add(item, code, name);
        return null;
    }

    private Level? LevelOf(Item item) => Reference(item, "level_id", _levels, "unknown_level");

    private void Remember(Guid newId, Item item) => _fileIds[newId] = item.Id;
}
