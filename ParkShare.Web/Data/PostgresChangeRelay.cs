using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ParkShare.Core.Data;
using ParkShare.Core.Lots;
using ParkShare.Core.Parking;

namespace ParkShare.Web.Data;

/// <summary>
/// Carries this node's in-process change signals to the other nodes through PostgreSQL LISTEN/NOTIFY,
/// and theirs to this node: space states (the console and the mobile level pages redraw within
/// milliseconds, whichever node took the reservation) and lot edits (the lot map cache looks again).
/// A lost connection is re-established; views still poll, so a notification missed while reconnecting
/// costs only the poll's delay, and while this node cannot listen its lot map cache checks the lot's
/// version on every read (<see cref="LotMapCache.OtherNodesHeard"/>).
/// </summary>
public sealed class PostgresChangeRelay(
    IDbContextFactory<ParkShareDbContext> contexts,
    SpaceStateNotifier spaces,
    LotMapCache maps,
    ILogger<PostgresChangeRelay> logger) : BackgroundService
{
    public const string ChannelName = "parkshare_changes";
    private readonly string _node = Guid.NewGuid().ToString("N")[..12];
    private readonly Channel<string> _outgoing = Channel.CreateBounded<string>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string connectionString;
        await using (var db = await contexts.CreateDbContextAsync(stoppingToken))
        {
            connectionString = db.Database.GetConnectionString()!;
        }

        spaces.Published += lotId => _outgoing.Writer.TryWrite($"{_node}|s|{lotId:N}");
        maps.Edited += lotId => _outgoing.Writer.TryWrite($"{_node}|l|{lotId:N}");
        await Task.WhenAll(ListenAsync(connectionString, stoppingToken), SendAsync(connectionString, stoppingToken));
    }

    private async Task ListenAsync(string connectionString, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Keep-alives make a silently dead connection fail, so this node stops trusting its cache.
                await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { KeepAlive = 5 }.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) => Apply(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {ChannelName}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                // Edits made while this node was not listening were missed: look again at every lot.
                maps.OtherNodesHeard = true;

                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                maps.OtherNodesHeard = false;
                logger.LogWarning("Listening for other nodes' changes failed ({Error}); retrying in 1 s", e.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task SendAsync(string connectionString, CancellationToken stoppingToken)
    {
        var batch = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            while (await _outgoing.Reader.WaitToReadAsync(stoppingToken))
            {
                batch.Clear();
                while (batch.Count < 200 && _outgoing.Reader.TryRead(out var payload))
                {
                    batch.Add(payload);
                }

                try
                {
                    await using var connection = new NpgsqlConnection(connectionString);
                    await connection.OpenAsync(stoppingToken);
                    await using var notify = new NpgsqlCommand("SELECT pg_notify($1, p) FROM unnest($2::text[]) AS p", connection);
                    notify.Parameters.AddWithValue(ChannelName);
                    notify.Parameters.AddWithValue(batch.ToArray());
                    await notify.ExecuteNonQueryAsync(stoppingToken);
                }
                catch (Exception e) when (e is NpgsqlException or TimeoutException)
                {
                    // Other nodes' views fall back to polling; their share-link cache to its one-second window.
                    logger.LogWarning("Could not tell other nodes about {Count} changes ({Error})", batch.Count, e.Message);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void Apply(string payload)
    {
        var parts = payload.Split('|');
        if (parts.Length != 3 || parts[0] == _node)
        {
            return;
        }

        if (!Guid.TryParseExact(parts[2], "N", out var lotId))
        {
            return;
        }

        if (parts[1] == "s")
        {
            spaces.NotifyFromAnotherNode(lotId);
        }
        else if (parts[1] == "l")
        {
            maps.InvalidateFromAnotherNode(lotId);
        }
    }
}
