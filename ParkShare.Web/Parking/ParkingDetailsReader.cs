using ParkShare.Core.Parking;
using ParkShare.Web.Api;

namespace ParkShare.Web.Parking;

/// <summary>Validates the long-stay details of a record.</summary>
public static class ParkingDetailsReader
{
    public static readonly TimeSpan MaxStay = TimeSpan.FromDays(366);

    public static ParkingDetails? Read(string? plate, string? note, DateTimeOffset? expectedPickupAt, DateTimeOffset now, ApiProblems problems, Dictionary<string, string[]> errors)
    {
        var trimmedPlate = PlateNumber.Normalize(plate);
        if (trimmedPlate is { Length: > ParkingDetails.MaxPlateLength } || trimmedPlate?.Any(char.IsControl) == true)
        {
            errors["plate"] = [problems.Message("Validation.Plate", ParkingDetails.MaxPlateLength)];
        }

        var trimmedNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmedNote is { Length: > ParkingDetails.MaxNoteLength } || trimmedNote?.Any(c => char.IsControl(c) && c is not '\n' and not '\r') == true)
        {
            errors["note"] = [problems.Message("Validation.Note", ParkingDetails.MaxNoteLength)];
        }

        if (expectedPickupAt is { } pickup && (pickup < now.AddMinutes(-5) || pickup > now + MaxStay))
        {
            errors["expectedPickupAt"] = [problems.Message("Validation.ExpectedPickup")];
        }

        return errors.Count > 0 ? null : new ParkingDetails(trimmedPlate, trimmedNote, expectedPickupAt?.UtcDateTime);
    }
}
