using ParkShare.Core.Staff;

namespace ParkShare.Web.Staff;

/// <summary>What an invite or reset page may show about its link before a password is chosen.</summary>
public sealed record StaffLinkView(StaffLinkState State, string Email, string DisplayName);
