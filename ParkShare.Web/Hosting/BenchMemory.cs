using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ParkShare.Web.Hosting;

/// <summary>
/// GET /bench/memory (only with Bench:MemoryEndpoint=true): the host's live managed heap after a full,
/// compacting collection, and its RSS, so a benchmark can tell what an open console circuit retains
/// from what the GC merely has not returned yet.
/// </summary>
public static class BenchMemory
{
    public static Ok<BenchMemoryDto> Measure()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        return TypedResults.Ok(new BenchMemoryDto(GC.GetTotalMemory(forceFullCollection: false), process.WorkingSet64, process.Threads.Count));
    }
}
