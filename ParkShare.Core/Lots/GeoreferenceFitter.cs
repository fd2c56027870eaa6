namespace ParkShare.Core.Lots;

/// <summary>
/// Fits a similarity transform (scale, rotation, translation) from lot-local coordinates to WGS84: exactly
/// through two control points, by least squares through three or more. The fit runs in a tangent plane;
/// it is repeated in the plane of the fitted origin so the result agrees with <see cref="Georeference"/>'s own
/// projection (two points then come back exactly).
/// </summary>
public static class GeoreferenceFitter
{
    public const int MinPoints = 2;
    public const int MaxPoints = 50;
    public const double MinScale = 0.2;
    public const double MaxScale = 5;
    public const double MinSeparationMeters = 0.5;
    public const double MaxSpreadMeters = 10_000;

    public static GeoreferenceFit Fit(IReadOnlyList<ControlPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var error = Check(points);
        if (error != GeoreferenceFitError.None)
        {
            return GeoreferenceFit.Refused(error);
        }

        var plane = new LocalTangentPlane(points.Average(p => p.Wgs84.Lat), points.Average(p => p.Wgs84.Lng));
        Georeference? fitted = null;
        for (var pass = 0; pass < 3; pass++)
        {
            fitted = FitIn(plane, points);
            plane = new LocalTangentPlane(fitted.OriginLat, fitted.OriginLng);
        }

        if (fitted!.MetersPerUnit is < MinScale or > MaxScale || !fitted.IsValid)
        {
            return GeoreferenceFit.Refused(GeoreferenceFitError.ScaleOutOfRange);
        }

        var measure = new LocalTangentPlane(points.Average(p => p.Wgs84.Lat), points.Average(p => p.Wgs84.Lng));
        var residuals = points.Select(p => Distance(measure, fitted.ToWgs84(p.Local), p.Wgs84)).ToList();
        var rms = Math.Sqrt(residuals.Sum(r => r * r) / residuals.Count);
        return new GeoreferenceFit(fitted, residuals, rms, GeoreferenceFitError.None);
    }

    private static Georeference FitIn(LocalTangentPlane plane, IReadOnlyList<ControlPoint> points)
    {
        var targets = points.Select(p => plane.ToEastNorth(p.Wgs84)).ToList();
        double mx = points.Average(p => p.Local.X), my = points.Average(p => p.Local.Y);
        double me = targets.Average(t => t.East), mn = targets.Average(t => t.North);
        double sxx = 0, sa = 0, sb = 0;
        for (var i = 0; i < points.Count; i++)
        {
            double x = points[i].Local.X - mx, y = points[i].Local.Y - my;
            double e = targets[i].East - me, n = targets[i].North - mn;
            sxx += (x * x) + (y * y);
            sa += (x * e) + (y * n);
            sb += (y * e) - (x * n);
        }

        // east = a·x + b·y + tE, north = −b·x + a·y + tN with a = s·cos r, b = s·sin r (see Georeference).
        double a = sa / sxx, b = sb / sxx;
        var origin = plane.ToGeo(me - ((a * mx) + (b * my)), mn - ((-b * mx) + (a * my)));
        var rotation = Math.Atan2(b, a) * 180 / Math.PI;
        return new Georeference(origin.Lat, origin.Lng, rotation, Math.Sqrt((a * a) + (b * b)));
    }

    private static GeoreferenceFitError Check(IReadOnlyList<ControlPoint> points)
    {
        if (points.Count < MinPoints)
        {
            return GeoreferenceFitError.TooFewPoints;
        }

        if (points.Count > MaxPoints)
        {
            return GeoreferenceFitError.TooManyPoints;
        }

        if (points.Any(p => !p.Wgs84.IsValid || p.Wgs84.Lat is < -85 or > 85 || !double.IsFinite(p.Local.X) || !double.IsFinite(p.Local.Y)
            || Math.Abs(p.Local.X) > 100_000 || Math.Abs(p.Local.Y) > 100_000))
        {
            return GeoreferenceFitError.PointOutOfRange;
        }

        for (var i = 0; i < points.Count; i++)
        {
            for (var j = i + 1; j < points.Count; j++)
            {
                var apart = points[i].Wgs84.DistanceTo(points[j].Wgs84);
                if (apart < MinSeparationMeters)
                {
                    return GeoreferenceFitError.SameSpot;
                }

                if (apart > MaxSpreadMeters)
                {
                    return GeoreferenceFitError.PointsTooFarApart;
                }

                if (points[i].Local.DistanceTo(points[j].Local) < MinSeparationMeters / MaxScale)
                {
                    return GeoreferenceFitError.LocalPointsCoincide;
                }
            }
        }

        return GeoreferenceFitError.None;
    }

    private static double Distance(LocalTangentPlane plane, GeoPoint a, GeoPoint b)
    {
        var (ea, na) = plane.ToEastNorth(a);
        var (eb, nb) = plane.ToEastNorth(b);
        return Math.Sqrt(((ea - eb) * (ea - eb)) + ((na - nb) * (na - nb)));
    }
}
