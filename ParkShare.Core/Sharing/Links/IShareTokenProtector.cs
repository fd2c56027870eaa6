namespace ParkShare.Core.Sharing.Links;

/// <summary>Encrypts a share token for storage so only this installation can show it to its owner again (Data Protection in the host).</summary>
public interface IShareTokenProtector
{
    string Protect(string token);

    /// <summary>The token, or null when the ciphertext cannot be read (keys lost or rotated away).</summary>
    string? Unprotect(string protectedToken);
}
