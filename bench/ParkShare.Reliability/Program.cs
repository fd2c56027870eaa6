using ParkShare.Reliability;
using ParkShare.Reliability.Crash;
using ParkShare.Reliability.Fuzz;
using ParkShare.Reliability.Soak;

var options = Options.Parse(args);
return options.Mode switch
{
    "crash" => await CrashRun.RunAsync(options),
    "fuzz" => await FuzzRun.RunAsync(options),
    "soak" => await SoakRun.RunAsync(options),
    "circuits" => await CircuitsRun.RunAsync(options),
    _ => Usage(),
};

static int Usage()
{
    Console.WriteLine("usage: ParkShare.Reliability crash|fuzz|soak|circuits [--provider sqlite|postgres] [--cycles N] [--requests N] [--minutes M] [--seed S] [--count N] [--page P] [--gcdump DIR] [--html FILE] [--screenshot FILE]");
    return 2;
}
