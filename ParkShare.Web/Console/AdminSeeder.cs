using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ParkShare.Core.Console;

namespace ParkShare.Web.Console;

/// <summary>Creates the roles and, when there is no administrator yet, the first one from configuration.</summary>
public sealed class AdminSeeder(
    UserManager<ConsoleUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<ConsoleOptions> options,
    TimeProvider clock,
    ILogger<AdminSeeder> logger)
{
    public async Task EnsureFirstAdminAsync(CancellationToken cancellationToken)
    {
        foreach (var role in new[] { ConsoleRoles.Admin, ConsoleRoles.Operator })
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var (email, password) = (options.Value.AdminEmail, options.Value.AdminPassword);
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password) || (await users.GetUsersInRoleAsync(ConsoleRoles.Admin)).Count > 0)
        {
            return;
        }

        var admin = new ConsoleUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Administrator", CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            // The reasons name password rules only, never the password itself.
            throw new InvalidOperationException("Console:AdminPassword does not meet the password rules: " +
                string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(admin, ConsoleRoles.Admin);
        logger.LogInformation("Created the first administrator {Email}", email);
    }
}
