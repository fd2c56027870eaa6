using ParkShare.Core.Refinement;

namespace ParkShare.Core.Lots;

/// <summary>The outcome of looking a typed code up in a lot, without allocating.</summary>
public readonly record struct SpaceCodeMatch(SpaceCodeMatchStatus Status, SpaceEntry? Space, ParsedSpaceCode Parsed);
