using ParkShare.Core.Staff;

using ParkShare.Web.Lots;
using ParkShare.Web.Lots.Editing;
using ParkShare.Web.Lots.Exchange;
using ParkShare.Web.Occupancy;
namespace ParkShare.Web.Staff;

/// <summary>What an invite or reset page may show about its link before a password is chosen.</summary>
public sealed record StaffLinkView(StaffLinkState State, string Email, string DisplayName);
