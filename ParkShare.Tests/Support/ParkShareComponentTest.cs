using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using ParkShare.Web.Localization;
using ParkShare.Web.Refinement;

namespace ParkShare.Tests.Support;

/// <summary>Shared bUnit setup: MudBlazor, the string tables and the refinement services, JS interop loose.</summary>
public abstract class ParkShareComponentTest : BunitContext
{
    // bUnit's one-second wait is shorter than a database write takes on a loaded 2-core machine (the PostgreSQL
    // pass runs beside the reliability runs); a wait that passes returns as soon as it passes, so only a failing
    // one takes longer.
    static ParkShareComponentTest() => DefaultWaitTimeout = TimeSpan.FromSeconds(15);

    protected ParkShareComponentTest()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddParkShareLocalization();
        Services.AddParkShareRefinement();
        Services.AddSingleton(new ParkShare.Web.Staff.ConsoleTime(Microsoft.Extensions.Options.Options.Create(new ParkShare.Web.Staff.ConsoleOptions())));
    }
}
