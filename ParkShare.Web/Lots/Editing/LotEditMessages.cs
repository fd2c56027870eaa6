using Microsoft.Extensions.Localization;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Web.Lots.Editing;

/// <summary>The page-language message for a refused lot edit, with its details (colliding codes, what blocks a deletion).</summary>
public static class LotEditMessages
{
    public static string Text(IStringLocalizer l, LotEditOutcome outcome) => outcome.Error switch
    {
        LotEditError.CodesCollide => l["LotEdit.Error.CodesCollide", string.Join(", ", outcome.Details)].Value,
        LotEditError.LevelInUse when outcome.Details.Count == 2 => l["LotEdit.Error.LevelInUse", outcome.Details[0], outcome.Details[1]].Value,
        LotEditError.OrdinalOutOfRange => l["LotEdit.Error.OrdinalOutOfRange", LevelRules.MinOrdinal, LevelRules.MaxOrdinal].Value,
        LotEditError.SizeOutOfRange => l["LotEdit.Error.SizeOutOfRange", LevelRules.MinSizeMeters, LevelRules.MaxSizeMeters].Value,
        LotEditError.CostOutOfRange => l["LotEdit.Error.CostOutOfRange", ConnectorRules.MaxCostMeters].Value,
        LotEditError.AddressTooLong => l["LotEdit.Error.AddressTooLong", Lot.MaxAddressLength].Value,
        _ => l[$"LotEdit.Error.{outcome.Error}"].Value,
    };
}
