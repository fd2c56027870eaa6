namespace ParkShare.Web.Drivers;

/// <summary>POST /api/mp/session: the code from wx.login().</summary>
public sealed record SessionRequest(string? Code);
