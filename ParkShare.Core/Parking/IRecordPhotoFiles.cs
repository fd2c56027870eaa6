namespace ParkShare.Core.Parking;

/// <summary>Where parking-record photos are kept (files beside the database); Core only ever erases them.</summary>
public interface IRecordPhotoFiles
{
    /// <summary>Deletes the record's photo file; nothing happens when there is none.</summary>
    void Delete(Guid recordId);
}
