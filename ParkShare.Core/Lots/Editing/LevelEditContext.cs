namespace ParkShare.Core.Lots.Editing;

/// <summary>What the editor opens with: the level's draft and the codes the lot's other levels already use.</summary>
public sealed record LevelEditContext(string LotName, LevelDraft Draft, IReadOnlyCollection<string> OtherLevelCodes);
