using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Web.Api;
using ParkShare.Web.Data;
using ParkShare.Web.Localization;

namespace ParkShare.Tests.Web.Data;

public sealed class StartupGateMiddlewareTests
{
    private readonly StartupGate _gate = new();
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddLogging()
        .AddProblemDetails()
        .AddParkShareLocalization()
        .AddScoped<ApiProblems>()
        .BuildServiceProvider();

    [Fact]
    public async Task Invoke_HealthzBeforeSchema_WaitsForSchemaOnly()
    {
        var passed = false;
        var middleware = new StartupGateMiddleware(_ => { passed = true; return Task.CompletedTask; }, _gate);

        // The middleware has nothing to wait for but the gate: until it opens, the request cannot have completed.
        var request = middleware.InvokeAsync(Context("/healthz"));
        Assert.False(request.IsCompleted);

        _gate.OpenSchema();
        await request.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(passed);
        Assert.False(_gate.Ready.IsCompleted);
    }

    [Fact]
    public async Task Invoke_ConsolePageAfterSchema_WaitsUntilSeedingIsDone()
    {
        var passed = false;
        var middleware = new StartupGateMiddleware(_ => { passed = true; return Task.CompletedTask; }, _gate);
        _gate.OpenSchema();

        var request = middleware.InvokeAsync(Context("/Account/Login"));
        Assert.False(request.IsCompleted);

        _gate.Open();
        await request.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(passed);
    }

    [Fact]
    public async Task Invoke_InitialisationFailed_Answers503Problem()
    {
        var passed = false;
        var middleware = new StartupGateMiddleware(_ => { passed = true; return Task.CompletedTask; }, _gate);
        _gate.Fail(new InvalidOperationException("disk full"));
        var context = Context("/api/mp/lots");

        await middleware.InvokeAsync(context);

        Assert.False(passed);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal("5", context.Response.Headers.RetryAfter.ToString());
        context.Response.Body.Position = 0;
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync();
        Assert.Contains("\"code\":\"starting\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("disk full", body, StringComparison.Ordinal);
    }

    private DefaultHttpContext Context(string path) => new()
    {
        Request = { Path = path },
        Response = { Body = new MemoryStream() },
        RequestServices = _services.CreateScope().ServiceProvider,
    };
}
