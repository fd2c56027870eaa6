namespace ParkShare.Web.Api;

/// <summary>
/// Endpoint metadata naming how a caller authenticates when the authorization metadata cannot say it: an
/// anonymous endpoint that checks its own credential (the sensor key), or one where a credential is optional.
/// </summary>
public sealed record SecuritySchemeMetadata(string Scheme, bool Optional = false);
