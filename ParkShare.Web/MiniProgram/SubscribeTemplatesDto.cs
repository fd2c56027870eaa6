namespace ParkShare.Web.MiniProgram;

/// <summary>Subscribe templates: a bound friend's car position, and my own notices.</summary>
public sealed record SubscribeTemplatesDto(string PositionShared, string DriverNotice);
