namespace ParkShare.Web.Api;

/// <summary>The <c>Idempotency-Key</c> request header shared by the create endpoints: absent, or at most 100 visible ASCII characters.</summary>
public static class IdempotencyKeyHeader
{
    public const string Name = "Idempotency-Key";
    public const int MaxLength = 100;

    /// <summary>The key, or null when none was sent; a malformed key adds a validation error.</summary>
    public static string? Read(HttpRequest request, ApiProblems problems, Dictionary<string, string[]> errors)
    {
        var key = request.Headers[Name].ToString();
        if (key.Length > MaxLength || key.Any(c => c is < '!' or > '~'))
        {
            errors[Name] = [problems.Message("Validation.IdempotencyKey", MaxLength)];
            return null;
        }

        return key.Length == 0 ? null : key;
    }
}
