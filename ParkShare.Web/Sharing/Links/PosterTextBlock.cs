using SkiaSharp;

namespace ParkShare.Web.Sharing.Links;

/// <summary>A poster text already broken into lines, with the face and size to draw it in.</summary>
internal sealed record PosterTextBlock(IReadOnlyList<string> Lines, SKTypeface Typeface, float Size)
{
    public float LineHeight => Size * 1.3f;

    public float Height => Lines.Count * LineHeight;
}
