namespace ParkShare.Web.Api;

/// <summary>POST /api/mp/session: the code from wx.login().</summary>
public sealed record SessionRequest(string? Code);
