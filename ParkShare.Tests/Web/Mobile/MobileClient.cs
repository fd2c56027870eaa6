using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.Mobile;

/// <summary>A phone's browser without script: cookies kept, redirects seen, forms posted with their antiforgery token.</summary>
public sealed partial class MobileClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public static MobileClient Create(DemoLotFixture fixture) => Create(fixture.Factory);

    public static MobileClient Create(WebApplicationFactory<Program> factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Signs in through the sandbox picker and accepts the privacy notice, as a new driver does.</summary>
    public static Task<MobileClient> SignInAsync(DemoLotFixture fixture, string? name = null) => SignInAsync(fixture.Factory, name);

    /// <summary>Signs in on a host of the test's own.</summary>
    public static async Task<MobileClient> SignInAsync(WebApplicationFactory<Program> factory, string? name = null)
    {
        var client = Create(factory);
        var response = await client.PostFormAsync("/m/signin", "signin", new() { ["Name"] = name ?? "t" + Guid.NewGuid().ToString("N")[..12] });
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var privacy = Target(response);
        Assert.StartsWith("/m/privacy", privacy, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, (await client.PostFormAsync(privacy, "privacy", [])).StatusCode);
        return client;
    }

    /// <summary>Loads the page for its antiforgery token, then posts the named form to it.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, string formName, Dictionary<string, string> fields) =>
        await PostFormAsync(path, formName, fields, await TokenAsync(path));

    /// <summary>Posts the named form with a token read earlier (a double tap posts one page's form twice).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, string formName, Dictionary<string, string> fields, string token)
    {
        var body = new Dictionary<string, string>(fields) { ["_handler"] = formName, ["__RequestVerificationToken"] = token };
        return await Http.PostAsync(path, new FormUrlEncodedContent(body));
    }

    /// <summary>Posts a file form (enctype multipart/form-data), as the camera input of "my car" does.</summary>
    public async Task<HttpResponseMessage> PostFileAsync(string path, string formName, string field, byte[] file, string fileName, string contentType)
    {
        var token = await TokenAsync(path);
        using var body = new MultipartFormDataContent
        {
            { new StringContent(formName), "_handler" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        body.Add(content, field, fileName);
        return await Http.PostAsync(path, body);
    }

    public async Task<string> TokenAsync(string path)
    {
        var page = await Http.GetStringAsync(path);
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, $"No antiforgery token on {path}");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    public async Task<string> PageAsync(string path)
    {
        var response = await Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Where a redirect points, as a local path and query (Blazor writes absolute URLs).</summary>
    public static string Target(HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException($"Not a redirect: {(int)response.StatusCode}");
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
