namespace ParkShare.Core.Lots.Editing;

/// <summary>Why a lot, level or connector edit was refused; the console shows each in the page language.</summary>
public enum LotEditError
{
    None,

    /// <summary>No such lot, level or connector, or the user may not edit the lot.</summary>
    NotFound,
    NameRequired,
    NameTooLong,
    NameInvalid,
    AddressTooLong,
    AddressInvalid,
    TimeZoneUnknown,
    GeoreferenceOutOfRange,
    LevelNameTaken,
    OrdinalTaken,
    OrdinalOutOfRange,
    SizeOutOfRange,

    /// <summary>A space on the level has a live reservation or an unfinished parking record.</summary>
    LevelInUse,

    /// <summary>Copied space or marker codes would equal codes the lot already has.</summary>
    CodesCollide,
    CodeTooLong,
    ConnectorTooFewEnds,
    ConnectorSameLevel,
    ConnectorNodeMissing,
    ConnectorDuplicate,
    CostOutOfRange,

    /// <summary>The control points give no georeference; the detail names the <see cref="GeoreferenceFitError"/>.</summary>
    ControlPointsInvalid,

    /// <summary>The level has no floor plan to place or remove.</summary>
    FloorPlanMissing,

    /// <summary>A floor plan's scale, rotation, offset or opacity is out of range.</summary>
    FloorPlanPlacementInvalid,
}
