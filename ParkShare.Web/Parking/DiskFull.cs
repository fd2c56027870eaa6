namespace ParkShare.Web.Parking;

/// <summary>
/// Whether a file write failed because the volume has no room left (ENOSPC, EDQUOT; on Windows
/// ERROR_DISK_FULL, ERROR_HANDLE_DISK_FULL): the upload was fine, the server cannot keep it now, so it
/// answers 503 and the client may retry once space is back.
/// </summary>
public static class DiskFull
{
    private const int NoSpace = 28; // ENOSPC
    private const int QuotaExceeded = 122; // EDQUOT
    private const int WindowsDiskFull = unchecked((int)0x80070070);
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);

    public static bool Is(Exception exception) =>
        exception is IOException { HResult: NoSpace or QuotaExceeded or WindowsDiskFull or WindowsHandleDiskFull };
}
