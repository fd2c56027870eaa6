using ParkShare.Web.Hosting;

var builder = WebApplication.CreateBuilder(ParkShareHost.Options(args));
builder.AddParkShare();

var app = builder.Build();
app.MapParkShare();
await app.RunAsync();

/// <summary>Entry point, public for WebApplicationFactory.</summary>
public partial class Program;
