using Microsoft.Playwright;

namespace ParkShare.Tests.E2E;

/// <summary>
/// Records every uncaught script error and every failed request on a page; a journey ends with
/// <see cref="AssertClean"/>, so a script that throws (as the correction form once did) fails the test.
/// Refusals the journey provokes on purpose are listed as expected (status and a piece of the URL).
/// </summary>
public sealed class PageGuard
{
    private readonly List<string> _problems = [];
    private readonly List<(int Status, string UrlPart)> _expected = [];

    public PageGuard(IPage page)
    {
        page.PageError += (_, error) => Add($"page error: {error}");
        page.RequestFailed += (_, request) =>
        {
            // A navigation started by the page itself (location.href) cancels its own fetches; that is not a failure.
            if (request.Failure is not ("net::ERR_ABORTED" or null))
            {
                Add($"request failed: {request.Url} {request.Failure}");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !_expected.Any(e => e.Status == response.Status && response.Url.Contains(e.UrlPart, StringComparison.Ordinal)))
            {
                Add($"HTTP {response.Status}: {response.Url}");
            }
        };
    }

    public void Expect(int status, string urlPart)
    {
        lock (_problems)
        {
            _expected.Add((status, urlPart));
        }
    }

    public void AssertClean()
    {
        lock (_problems)
        {
            Assert.True(_problems.Count == 0, string.Join("\n", _problems));
        }
    }

    private void Add(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }
}
