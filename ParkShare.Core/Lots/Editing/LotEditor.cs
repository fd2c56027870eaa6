using System.Globalization;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots.History;

namespace ParkShare.Core.Lots.Editing;

/// <summary>Creates lots and edits their description and levels; every change is versioned and recorded.</summary>
public sealed class LotEditor(LotWriter writer)
{
    public Task<LotEditOutcome> CreateLotAsync(ConsoleActor actor, LotDraft draft, CancellationToken cancellationToken = default)
    {
        var error = CheckDescription(draft.Name, draft.Address);
        if (error == LotEditError.None && !IsIanaZone(draft.TimeZoneId))
        {
            error = LotEditError.TimeZoneUnknown;
        }

        var georeference = Georeference.None;
        if (error == LotEditError.None && (draft.OriginLat is not null || draft.OriginLng is not null))
        {
            georeference = new Georeference(draft.OriginLat ?? double.NaN, draft.OriginLng ?? double.NaN, draft.RotationDegrees ?? 0, 1);
            error = georeference.IsValid && georeference.RotationDegrees is >= -360 and <= 360 ? LotEditError.None : LotEditError.GeoreferenceOutOfRange;
        }

        if (error != LotEditError.None)
        {
            return Task.FromResult(LotEditOutcome.Refused(error));
        }

        var lot = Lot.Create(draft.Name!, draft.Address ?? string.Empty, draft.TimeZoneId!.Trim(), georeference);
        return writer.CreateAsync(lot, actor, $"{lot.Name} · {lot.TimeZoneId}", cancellationToken);
    }

    public Task<LotEditOutcome> DescribeLotAsync(ConsoleActor actor, Guid lotId, string? name, string? address, CancellationToken cancellationToken = default) =>
        writer.EditAsync(lotId, actor, withGeometry: false, (_, lot) =>
        {
            var error = CheckDescription(name, address);
            if (error != LotEditError.None)
            {
                return Task.FromResult(LotEditOutcome.Refused(error));
            }

            var before = lot.Name;
            lot.Describe(name!, address ?? string.Empty);
            var summary = before == lot.Name ? lot.Name : $"{before} → {lot.Name}";
            return Task.FromResult(LotEditOutcome.Changed(LotChangeKind.LotDescribed, summary, lot.Id));
        }, cancellationToken);

    public Task<LotEditOutcome> AddLevelAsync(ConsoleActor actor, Guid lotId, NewLevel draft, CancellationToken cancellationToken = default) =>
        writer.EditAsync(lotId, actor, withGeometry: false, (db, lot) =>
        {
            var error = Placement(lot, draft.Name, draft.Ordinal, null);
            if (error == LotEditError.None)
            {
                error = LevelRules.CheckSize(draft.WidthMeters, draft.DepthMeters);
            }

            if (error != LotEditError.None)
            {
                return Task.FromResult(LotEditOutcome.Refused(error));
            }

            var level = lot.AddLevel(draft.Name!.Trim(), draft.Ordinal, Polygon2.Rectangle(0, 0, draft.WidthMeters, draft.DepthMeters));
            db.Levels.Add(level);
            var summary = string.Create(CultureInfo.InvariantCulture, $"{level.Name} ({level.Ordinal}) {draft.WidthMeters:0.##} × {draft.DepthMeters:0.##} m");
            return Task.FromResult(LotEditOutcome.Changed(LotChangeKind.LevelAdded, summary, level.Id));
        }, cancellationToken);

    public Task<LotEditOutcome> RenameLevelAsync(ConsoleActor actor, Guid lotId, Guid levelId, string? name, CancellationToken cancellationToken = default) =>
        writer.EditAsync(lotId, actor, withGeometry: false, (_, lot) =>
        {
            if (lot.Levels.FirstOrDefault(l => l.Id == levelId) is not { } level)
            {
                return Task.FromResult(LotEditOutcome.Refused(LotEditError.NotFound));
            }

            var error = LevelRules.CheckName(lot, name, level);
            if (error != LotEditError.None)
            {
                return Task.FromResult(LotEditOutcome.Refused(error));
            }

            var before = level.Name;
            lot.RenameLevel(level, name!);
            return Task.FromResult(LotEditOutcome.Changed(LotChangeKind.LevelRenamed, $"{before} → {level.Name}", level.Id));
        }, cancellationToken);

    public Task<LotEditOutcome> MoveLevelAsync(ConsoleActor actor, Guid lotId, Guid levelId, int ordinal, CancellationToken cancellationToken = default) =>
        writer.EditAsync(lotId, actor, withGeometry: false, (_, lot) =>
        {
            if (lot.Levels.FirstOrDefault(l => l.Id == levelId) is not { } level)
            {
                return Task.FromResult(LotEditOutcome.Refused(LotEditError.NotFound));
            }

            var error = LevelRules.CheckOrdinal(lot, ordinal, level);
            if (error != LotEditError.None)
            {
                return Task.FromResult(LotEditOutcome.Refused(error));
            }

            var before = level.Ordinal;
            lot.MoveLevel(level, ordinal);
            return Task.FromResult(LotEditOutcome.Changed(LotChangeKind.LevelMoved, string.Create(CultureInfo.InvariantCulture, $"{level.Name}: {before} → {ordinal}"), level.Id));
        }, cancellationToken);

    public Task<LotEditOutcome> CopyLevelAsync(ConsoleActor actor, Guid lotId, Guid sourceLevelId, string? name, int ordinal, CancellationToken cancellationToken = default) =>
        writer.EditAsync(lotId, actor, withGeometry: true, (db, lot) =>
        {
            if (lot.Levels.FirstOrDefault(l => l.Id == sourceLevelId) is not { } source)
            {
                return Task.FromResult(LotEditOutcome.Refused(LotEditError.NotFound));
            }

            var copy = LevelCopier.Copy(lot, source, name ?? string.Empty, ordinal);
            if (copy.Level is not { } level)
            {
                return Task.FromResult(LotEditOutcome.Refused(copy.Error, copy.Collisions));
            }

            db.Levels.Add(level);
            var summary = string.Create(CultureInfo.InvariantCulture, $"{source.Name} → {level.Name} ({level.Ordinal}): {level.Spaces.Count} spaces, {level.Landmarks.Count} landmarks");
            return Task.FromResult(LotEditOutcome.Changed(LotChangeKind.LevelCopied, summary, level.Id));
        }, cancellationToken);

    /// <summary>True for an IANA time zone id this machine knows (Asia/Shanghai); Windows ids are refused.</summary>
    public static bool IsIanaZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && id.Trim().Length <= 64
        && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) && zone.HasIanaId;

    private static LotEditError Placement(Lot lot, string? name, int ordinal, Level? except)
    {
        var error = LevelRules.CheckName(lot, name, except);
        return error != LotEditError.None ? error : LevelRules.CheckOrdinal(lot, ordinal, except);
    }

    private static LotEditError CheckDescription(string? name, string? address)
    {
        var error = LotNames.Check(name, Lot.MaxNameLength);
        if (error != LotEditError.None)
        {
            return error;
        }

        if (address is not null && address.Trim().Length > Lot.MaxAddressLength)
        {
            return LotEditError.AddressTooLong;
        }

        return address is not null && address.Any(char.IsControl) ? LotEditError.AddressInvalid : LotEditError.None;
    }
}
