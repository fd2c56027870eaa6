namespace ParkShare.Web.Api;

/// <summary>The shape of the photo upload for the API description: one file field named photo (JPEG or PNG, at most 5 MB).</summary>
public sealed record RecordPhotoForm(IFormFile Photo);
