using System.Buffers.Binary;
using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ParkShare.Web.Api;

/// <summary>
/// Opaque page cursors: a keyset position (never an offset) sealed with Data Protection, so a
/// malformed or tampered cursor is refused (400 invalid_cursor) rather than trusted. The scope names
/// the list and its order; a cursor of one list is not accepted by another.
/// </summary>
public sealed class PageCursors(IDataProtectionProvider protection)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
    private const int MaxCursorLength = 1024;
    private readonly IDataProtector _protector = protection.CreateProtector("ParkShare.Api.PageCursor.v1");

    /// <summary>?limit=: absent means the default; anything but a whole number within 1..MaxLimit is a validation error.</summary>
    public static int ReadLimit(string? limit, ApiProblems problems, IDictionary<string, string[]> errors)
    {
        if (limit is null)
        {
            return DefaultLimit;
        }

        if (int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= MaxLimit)
        {
            return value;
        }

        errors["limit"] = [problems.Message("Validation.BadLimit", MaxLimit)];
        return DefaultLimit;
    }

    public static ValidationProblem Invalid(ApiProblems problems) =>
        problems.Validation(new Dictionary<string, string[]> { ["cursor"] = [problems.Message("Validation.BadCursor")] }, "invalid_cursor");

    public string Write(string scope, CursorPosition position)
    {
        var scopeBytes = Encoding.UTF8.GetBytes(scope);
        var plain = new byte[24 + scopeBytes.Length];
        BinaryPrimitives.WriteInt64BigEndian(plain, position.Key);
        position.Id.TryWriteBytes(plain.AsSpan(8));
        scopeBytes.CopyTo(plain, 24);
        return Base64Url.EncodeToString(_protector.Protect(plain));
    }

    /// <summary>True with no position when there is no cursor (first page); false when it is not one of ours for this scope.</summary>
    public bool TryRead(string? cursor, string scope, out CursorPosition? position)
    {
        position = null;
        if (cursor is null)
        {
            return true;
        }

        try
        {
            if (cursor.Length is 0 or > MaxCursorLength)
            {
                return false;
            }

            var plain = _protector.Unprotect(Base64Url.DecodeFromChars(cursor));
            if (plain.Length < 24 || !plain.AsSpan(24).SequenceEqual(Encoding.UTF8.GetBytes(scope)))
            {
                return false;
            }

            position = new CursorPosition(BinaryPrimitives.ReadInt64BigEndian(plain), new Guid(plain.AsSpan(8, 16)));
            return true;
        }
        catch (Exception ex) when (ex is FormatException or CryptographicException)
        {
            return false;
        }
    }

    /// <summary>The cursor after a page fetched with one row more than asked for; null on the last page.</summary>
    public string? Next<T>(IReadOnlyList<T> fetched, int limit, string scope, Func<T, CursorPosition> position) =>
        fetched.Count > limit ? Write(scope, position(fetched[limit - 1])) : null;
}
