using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkShare.Core.Geometry;

namespace ParkShare.Core.Data;

/// <summary>Polygons are stored as WKT text, readable by any GIS tool.</summary>
internal static class Polygon2Conversion
{
    public static PropertyBuilder<Polygon2> AsWkt(this PropertyBuilder<Polygon2> property) =>
        property.HasConversion(p => p.ToWkt(), s => Polygon2.FromWkt(s)).IsRequired();
}
