namespace ParkShare.Core.Lots;

/// <summary>A WGS84 latitude/longitude in degrees.</summary>
public readonly record struct GeoPoint(double Lat, double Lng);
