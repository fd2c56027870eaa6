namespace ParkShare.Web.Hosting;

/// <summary>The host's memory for benchmarks: live managed bytes after a full collection, RSS bytes, threads.</summary>
public sealed record BenchMemoryDto(long ManagedBytes, long RssBytes, int Threads);
