using System.Text.Json;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Core.Lots.Exchange;

/// <summary>Each feature type read into the lot being built.</summary>
public sealed partial class LotGeoJsonReader
{
    private Lot? ReadVenue(Item item)
    {
        var name = Text(item, "name", Lot.MaxNameLength);
        var address = Text(item, "address", Lot.MaxAddressLength, required: false) ?? string.Empty;
        var zone = Text(item, "time_zone", 64);
        if (zone is not null && !LotEditor.IsIanaZone(zone))
        {
            Add(item, "invalid_property", "time_zone");
            zone = null;
        }

        if (item.Properties.TryGetProperty("georeference", out var g) && g.ValueKind == JsonValueKind.Object)
        {
            var geo = new Georeference(Coordinate(g, "origin_lat"), Coordinate(g, "origin_lng"), Coordinate(g, "rotation_degrees"), Coordinate(g, "meters_per_unit"));
            if (geo.IsValid)
            {
                _geo = geo;
            }
            else
            {
                Add(item, "invalid_property", "georeference");
            }
        }
        else if (g.ValueKind is not JsonValueKind.Undefined and not JsonValueKind.Null)
        {
            Add(item, "invalid_property", "georeference");
        }

        if (name is null || zone is null || _problems.Count > 0)
        {
            return null;
        }

        var lot = Lot.Create(name, address, zone, _geo ?? Georeference.None);
        Remember(lot.Id, item);
        return lot;
    }

    private static double Coordinate(JsonElement georeference, string name) =>
        georeference.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : double.NaN;

    private void ReadLevel(Lot lot, Item item)
    {
        var name = Text(item, "name", Level.MaxNameLength);
        var ordinal = Integer(item, "ordinal");
        var outline = ReadPolygon(item);
        if (name is null || ordinal is null || outline is null)
        {
            return;
        }

        if (lot.HasLevelNamed(name) || lot.HasLevelAt(ordinal.Value))
        {
            Add(item, "duplicate_level", name);
            return;
        }

        var level = lot.AddLevel(name, ordinal.Value, outline);
        _levels[item.Id] = level;
        Remember(level.Id, item);
    }

    private void ReadFeature(Lot lot, Item item)
    {
        switch (item.Type)
        {
            case LotGeoJson.Section: ReadSection(item); break;
            case LotGeoJson.Unit: ReadUnit(item); break;
            case LotGeoJson.FootpathNode: ReadNode(item); break;
            case LotGeoJson.Footpath: ReadFootpath(item); break;
            case LotGeoJson.Relationship: ReadRelationship(lot, item); break;
            default: ReadLandmark(item); break;
        }
    }

    private void ReadSection(Item item)
    {
        var level = LevelOf(item);
        var code = Text(item, "code", 16);
        var name = Text(item, "name", 100, required: false) ?? string.Empty;
        var color = Text(item, "color", 32, required: false) ?? "#4e79a7";
        var polygon = ReadPolygon(item);
        if (level is null || code is null || polygon is null)
        {
            return;
        }

        if (level.Zones.Any(z => string.Equals(z.Code, code, StringComparison.OrdinalIgnoreCase)))
        {
            Add(item, "duplicate_code", code);
            return;
        }

        var zone = level.AddZone(code, name, color, polygon);
        _zones[item.Id] = zone;
        Remember(zone.Id, item);
    }

    private void ReadUnit(Item item)
    {
        var level = LevelOf(item);
        var zone = Reference(item, "section_id", _zones, "unknown_section", required: false);
        var code = Text(item, "code", 32);
        var label = Text(item, "label", 32, required: false);
        var number = Integer(item, "number", required: false);
        var kind = Choice<SpaceKind>(item, "kind");
        var reservable = Flag(item, "reservable", true);
        var disabled = Flag(item, "disabled", false);
        var polygon = ReadPolygon(item);
        if (level is null || code is null || kind is null || polygon is null)
        {
            return;
        }

        if (zone is not null && zone.LevelId != level.Id)
        {
            Add(item, "unknown_section", "section_id");
            return;
        }

        if (!_spaceCodes.Add(code))
        {
            Add(item, "duplicate_code", code);
            return;
        }

        var space = level.AddSpace(zone, code, number, polygon, kind.Value, reservable);
        space.Relabel(label ?? string.Empty);
        if (disabled)
        {
            space.Disable();
        }

        Remember(space.Id, item);
    }

    private void ReadLandmark(Item item)
    {
        var level = LevelOf(item);
        var kind = Choice<LandmarkKind>(item, "kind");
        var name = Text(item, "name", 100);
        var marker = Text(item, "marker_code", 64, required: false);
        var point = ReadPoint(item);
        if (level is null || kind is null || name is null || point is null)
        {
            return;
        }

        if (LotGeoJson.FeatureTypeOf(kind.Value) != item.Type)
        {
            Add(item, "invalid_property", "kind");
            return;
        }

        if (!string.IsNullOrEmpty(marker) && !_markerCodes.Add(marker))
        {
            Add(item, "duplicate_code", marker);
            return;
        }

        var landmark = level.AddLandmark(kind.Value, name, point.Value, marker);
        _landmarks[item.Id] = landmark;
        Remember(landmark.Id, item);
    }

    private void ReadNode(Item item)
    {
        var level = LevelOf(item);
        var landmark = Reference(item, "landmark_id", _landmarks, "unknown_reference", required: false);
        var point = ReadPoint(item);
        if (level is null || point is null)
        {
            return;
        }

        if (landmark is not null && landmark.LevelId != level.Id)
        {
            Add(item, "unknown_reference", "landmark_id");
            return;
        }

        var node = level.AddNode(point.Value, landmark?.Id);
        _nodes[item.Id] = node;
        Remember(node.Id, item);
    }

    private void ReadFootpath(Item item)
    {
        var level = LevelOf(item);
        var from = Reference(item, "from_node_id", _nodes, "unknown_reference");
        var to = Reference(item, "to_node_id", _nodes, "unknown_reference");
        if (level is null || from is null || to is null)
        {
            return;
        }

        if (from.LevelId != level.Id || to.LevelId != level.Id || from.Id == to.Id)
        {
            Add(item, "unknown_reference", "to_node_id");
            return;
        }

        Remember(level.AddEdge(from, to).Id, item);
    }

    private void ReadRelationship(Lot lot, Item item)
    {
        var kind = Choice<ConnectorKind>(item, "kind");
        var name = Text(item, "name", 100);
        var from = Reference(item, "origin_node_id", _nodes, "unknown_reference");
        var to = Reference(item, "destination_node_id", _nodes, "unknown_reference");
        var cost = Number(item, "cost_meters");
        if (kind is null || name is null || from is null || to is null || cost is null)
        {
            return;
        }

        if (from.LevelId == to.LevelId || cost < 0 || cost > 10_000)
        {
            Add(item, "invalid_property", from.LevelId == to.LevelId ? "destination_node_id" : "cost_meters");
            return;
        }

        Remember(lot.Connect(kind.Value, name, from, to, cost.Value).Id, item);
    }
}
