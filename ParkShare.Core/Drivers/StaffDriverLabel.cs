namespace ParkShare.Core.Drivers;

/// <summary>How a driver appears to the staff of one lot: the chosen nickname (null: none), the contact reference, the plate seen in that lot.</summary>
public sealed record StaffDriverLabel(string? Nickname, string Reference, string? Plate);
