using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParkShare.Core.Data;
using ParkShare.Core.Staff;

namespace ParkShare.Web.Staff;

/// <summary>Creates the first administrator from configuration when there is no administrator yet.</summary>
public sealed class AdminSeeder(
    IDbContextFactory<ParkShareDbContext> contexts,
    UserManager<ConsoleUser> users,
    IOptions<ConsoleOptions> options,
    TimeProvider clock,
    ILogger<AdminSeeder> logger)
{
    public async Task EnsureFirstAdminAsync(CancellationToken cancellationToken)
    {
        var (email, password) = (options.Value.AdminEmail, options.Value.AdminPassword);
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            return;
        }

        // One query answers the usual case (an admin exists) without Identity's managers.
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await db.UserRoles.AnyAsync(ur => ur.RoleId == ConsoleRoles.AdminRoleId, cancellationToken))
            {
                return;
            }
        }

        var admin = new ConsoleUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Administrator", CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(admin, password);
        }
        catch (DbUpdateException)
        {
            // The unique index on the user name stopped a second host creating the same administrator.
            logger.LogInformation("The first administrator {Email} was created by another host", email);
            return;
        }

        if (!created.Succeeded && created.Errors.All(e => e.Code is "DuplicateUserName" or "DuplicateEmail"))
        {
            // Another host on the same database created it a moment ago, or the address belongs to an operator.
            logger.LogWarning("The first administrator {Email} was not created: a user with that address exists", email);
            return;
        }

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
