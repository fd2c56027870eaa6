namespace ParkShare.Core.Lots;

/// <summary>Level ordinal, zone letter and number: how canonical codes are indexed.</summary>
internal readonly record struct SpaceKey(int Ordinal, char Zone, int Number);
