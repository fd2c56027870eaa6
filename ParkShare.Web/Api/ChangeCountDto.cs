namespace ParkShare.Web.Api;

/// <summary>How many elements of one kind an import adds, changes and removes.</summary>
public sealed record ChangeCountDto(int Added, int Changed, int Removed);
