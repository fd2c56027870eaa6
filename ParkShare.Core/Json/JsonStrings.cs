using System.Text.Json;

namespace ParkShare.Core.Json;

/// <summary>
/// Checks that every string and property name of a JSON text decodes to valid UTF-16. JSON's grammar
/// accepts <c>"\ud800"</c> (a lone surrogate written as an escape), and <see cref="JsonDocument"/> parses it,
/// but reading that string later throws InvalidOperationException; untrusted JSON read as a
/// <see cref="JsonElement"/> or JsonNode is therefore checked once, at its boundary, and refused as malformed.
/// </summary>
public static class JsonStrings
{
    public static bool AreWellFormed(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 256 });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
                {
                    _ = reader.GetString();
                }
            }

            return true;
        }
        catch (InvalidOperationException)
        {
            // Utf8JsonReader.GetString's documented failure for invalid UTF-16 escapes.
            return false;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>
    /// False when an object names a property twice: which value counts is undefined across parsers, and
    /// JsonObject throws on first access; untrusted bodies with duplicates are refused as malformed.
    /// </summary>
    public static bool HasUniqueProperties(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 256 });
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
