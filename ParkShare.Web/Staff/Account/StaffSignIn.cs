using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using ParkShare.Core.Staff;

namespace ParkShare.Web.Staff.Account;

/// <summary>
/// The console's password sign-in: throttled by <see cref="SignInBackoff"/> before any password is checked, one answer
/// for an unknown email and a wrong password, and the same work for both (an unknown email still verifies a password
/// hash, so the time taken does not tell whether the account exists). An account locked by an Admin says so only to
/// whoever gives its right password.
/// </summary>
public sealed class StaffSignIn(SignInManager<ConsoleUser> signIn, SignInBackoff backoff)
{
    private static readonly Lazy<string> DecoyHash = new(() =>
        new PasswordHasher<ConsoleUser>().HashPassword(new ConsoleUser(), Convert.ToHexString(RandomNumberGenerator.GetBytes(16))));

    public async Task<StaffSignInResult> SignInAsync(string email, string password, string client)
    {
        email = email.Trim();
        if (backoff.TryAttempt(email, client) is { } wait)
        {
            return StaffSignInResult.Wait(wait);
        }

        var users = signIn.UserManager;
        if (await users.FindByEmailAsync(email) is not { } user)
        {
            users.PasswordHasher.VerifyHashedPassword(new ConsoleUser(), DecoyHash.Value, password);
            backoff.Failed(email, client);
            return StaffSignInResult.Failed;
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            backoff.Succeeded(email, client);
            return StaffSignInResult.Ok;
        }

        if (result.IsLockedOut && await users.CheckPasswordAsync(user, password))
        {
            return StaffSignInResult.Locked;
        }

        backoff.Failed(email, client);
        return StaffSignInResult.Failed;
    }
}
