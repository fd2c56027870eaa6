using Microsoft.Playwright;

namespace ParkShare.Tests.E2E;

/// <summary>
/// Every visible interactive element (links, buttons, fields, summaries, labelled radios and checkboxes, map links)
/// is at least 44×44 CSS px, or has that much room: a 44 px circle centred on a smaller target touches no other
/// target and no other small target's circle (WCAG 2.5.8's spacing rule at the 2.5.5 size).
/// A radio or checkbox inside its label is measured as the label, which is what a finger hits.
/// </summary>
public static class TapTargets
{
    public const double MinimumPx = 44;

    private const string Script = """
        min => {
          const sel = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex]:not([tabindex="-1"])';
          const seen = new Set(), targets = [];
          for (let e of document.querySelectorAll(sel)) {
            if (e.matches('input[type=radio], input[type=checkbox]') && e.closest('label')) e = e.closest('label');
            if (seen.has(e) || e.closest('[hidden], [inert]') || e.disabled) continue;
            seen.add(e);
            const s = getComputedStyle(e);
            const r = e.getBoundingClientRect();
            if (s.visibility === 'hidden' || s.display === 'none' || r.width === 0 || r.height === 0) continue;
            targets.push({ e, r, cx: r.left + r.width / 2, cy: r.top + r.height / 2, small: r.width < min - 0.5 || r.height < min - 0.5 });
          }
          const touches = (t, o) => {
            const x = Math.max(o.r.left, Math.min(t.cx, o.r.right)), y = Math.max(o.r.top, Math.min(t.cy, o.r.bottom));
            return Math.hypot(x - t.cx, y - t.cy) < min / 2 - 0.5 || (o.small && Math.hypot(o.cx - t.cx, o.cy - t.cy) < min - 0.5);
          };
          const name = t => {
            const e = t.e, text = (e.getAttribute('aria-label') || e.textContent || e.name || e.id || '').trim().replace(/\s+/g, ' ').slice(0, 24);
            return `${e.tagName.toLowerCase()}${e.dataset.testid ? '[' + e.dataset.testid + ']' : ''} '${text}' ${Math.round(t.r.width)}x${Math.round(t.r.height)}`;
          };
          return targets.filter(t => t.small && targets.some(o => o !== t && !o.e.contains(t.e) && !t.e.contains(o.e) && touches(t, o))).map(name);
        }
        """;

    /// <summary>The targets that are too small and too close to another, one line each ("a[…] 'text' 30x20").</summary>
    public static async Task<IReadOnlyList<string>> TooSmallAsync(IPage page) =>
        await page.EvaluateAsync<string[]>(Script, MinimumPx);

    public static async Task AssertLargeEnoughAsync(IPage page, string name)
    {
        var small = await TooSmallAsync(page);
        Assert.True(small.Count == 0, $"{name}: {small.Count} tap targets under {MinimumPx}×{MinimumPx} px without room around them: {string.Join("; ", small)}");
    }
}
