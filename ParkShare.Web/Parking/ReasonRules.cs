using ParkShare.Core.Parking;

namespace ParkShare.Web.Parking;

/// <summary>A reason staff give a driver (cancel, disable): not empty, at most 200 characters, no control characters. Answers the message key of the problem, or null.</summary>
public static class ReasonRules
{
    public static string? Problem(string? reason)
    {
        var trimmed = reason?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return "Reason.Required";
        }

        if (trimmed.Length > LotOperations.MaxCancelReasonLength)
        {
            return "Reason.TooLong";
        }

        return trimmed.Any(char.IsControl) ? "Reason.ControlCharacters" : null;
    }
}
