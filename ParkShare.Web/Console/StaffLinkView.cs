using ParkShare.Core.Console;

namespace ParkShare.Web.Console;

/// <summary>What an invite or reset page may show about its link before a password is chosen.</summary>
public sealed record StaffLinkView(StaffLinkState State, string Email, string DisplayName);
