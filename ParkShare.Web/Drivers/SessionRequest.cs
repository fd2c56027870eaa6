using ParkShare.Web.Api.Validation;

namespace ParkShare.Web.Drivers;

/// <summary>POST /api/mp/session: the code from wx.login().</summary>
public sealed record SessionRequest([property: Present("Validation.LoginCodeRequired", MaxLength = 128)] string? Code);
