using System.ComponentModel.DataAnnotations;

namespace ParkShare.Web.Staff.Account;

/// <summary>The section SignIn: how often the console's sign-in may be tried, and the backoff after wrong passwords.</summary>
public sealed class ConsoleSignInOptions
{
    public const string SectionName = "SignIn";

    /// <summary>Attempts per client address per minute, whatever the account; 0 turns the limit off.</summary>
    [Range(0, 10_000)]
    public int AttemptsPerClientPerMinute { get; set; } = 20;

    /// <summary>
    /// Attempts per account per minute from all clients together (against guessing from many addresses). Kept well
    /// above what one person types, since every client's attempts count; 0 turns the limit off.
    /// </summary>
    [Range(0, 10_000)]
    public int AttemptsPerAccountPerMinute { get; set; } = 30;

    /// <summary>Wrong passwords in a row from one client for one account before it has to wait.</summary>
    [Range(1, 100)]
    public int FreeFailures { get; set; } = 3;

    /// <summary>The first wait; each further wrong password from that client doubles it, up to <see cref="MaxDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(15);
}
