using Microsoft.Extensions.Options;

namespace ParkShare.Web.Staff;

/// <summary>
/// Outside Development the first administrator's password comes from the operator's own
/// configuration (environment or secret store): missing, the published development password, or
/// weak (under 12 characters or fewer than three of lower case, upper case, digits and symbols)
/// stops the start. Failures name the setting, never the value.
/// </summary>
public sealed class ConsoleOptionsValidator(IHostEnvironment environment) : IValidateOptions<ConsoleOptions>
{
    /// <summary>The development administrator's password, published in appsettings.Development.json and the README.</summary>
    public const string DevelopmentPassword = "ParkShare!2026";
    public const int MinStrongLength = 12;

    public ValidateOptionsResult Validate(string? name, ConsoleOptions options)
    {
        if (environment.IsDevelopment())
        {
            return ValidateOptionsResult.Success;
        }

        var password = options.AdminPassword;
        if (string.IsNullOrWhiteSpace(password) || string.IsNullOrWhiteSpace(options.AdminEmail))
        {
            return ValidateOptionsResult.Fail(
                $"Console:AdminEmail and Console:AdminPassword must be set outside Development (environment {environment.EnvironmentName}), e.g. as the environment variables Console__AdminEmail and Console__AdminPassword or from a secret store: they create the first administrator.");
        }

        if (password == DevelopmentPassword)
        {
            return ValidateOptionsResult.Fail("Console:AdminPassword is the published development password: set your own outside Development.");
        }

        return IsStrong(password)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Console:AdminPassword is too weak: use at least {MinStrongLength} characters with three of lower case, upper case, digits and symbols.");
    }

    public static bool IsStrong(string password)
    {
        var classes = new[] { password.Any(char.IsLower), password.Any(char.IsUpper), password.Any(char.IsDigit), password.Any(c => !char.IsLetterOrDigit(c)) };
        return password.Length >= MinStrongLength && classes.Count(c => c) >= 3;
    }
}
