using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Staff;
using ParkShare.Tests.Fakes;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.Staff;

/// <summary>
/// Console sign-in: a doubling wait per (account, client) instead of Identity's lock after five failures, limits per
/// client address and per account, and the same answer and the same password-hash work for unknown accounts.
/// </summary>
public sealed class SignInThrottleTests : IDisposable
{
    private const string AdminEmail = "admin@parkshare.local";
    private const string AdminPassword = "ParkShare!2026";
    private readonly ParkShareWebFactory _factory = new();
    private readonly CountingHasher _hasher = new();

    [Fact]
    public async Task SignIn_TenWrongPasswordsFromAnAttacker_OwnerFromAnotherAddressStillSignsIn()
    {
        using var attacker = Client("203.0.113.7");
        for (var i = 0; i < 10; i++)
        {
            await LoginTests.PostLoginAsync(attacker, AdminEmail, $"wrong-{i}");
        }

        using var owner = Client("198.51.100.20");
        var response = await LoginTests.PostLoginAsync(owner, AdminEmail, AdminPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_WrongPasswordsPastTheFreeOnes_ThatClientWaitsEvenWithTheRightPassword()
    {
        using var attacker = Client("203.0.113.8");
        for (var i = 0; i < 4; i++)
        {
            await LoginTests.PostLoginAsync(attacker, AdminEmail, $"wrong-{i}");
        }

        var response = await LoginTests.PostLoginAsync(attacker, AdminEmail, AdminPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("^登录尝试过于频繁，请 [0-9]+ 秒后再试。$", LoginTests.ErrorText(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task SignIn_ManyAccountsFromOneAddress_PastThePerClientLimitRefusedBeforeAnyPasswordCheck()
    {
        _factory.Settings["SignIn:AttemptsPerClientPerMinute"] = "5";
        using var client = Client("203.0.113.9");
        for (var i = 0; i < 5; i++)
        {
            await LoginTests.PostLoginAsync(client, $"guess{i}@parkshare.local", "Password2026x");
        }

        var checks = _hasher.Verifications;
        var response = await LoginTests.PostLoginAsync(client, AdminEmail, AdminPassword);

        Assert.Contains("登录尝试过于频繁", LoginTests.ErrorText(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(checks, _hasher.Verifications);
    }

    [Fact]
    public async Task SignIn_OneAccountFromManyAddresses_PastThePerAccountLimitRefused()
    {
        _factory.Settings["SignIn:AttemptsPerAccountPerMinute"] = "4";
        for (var i = 0; i < 4; i++)
        {
            using var bot = Client($"203.0.113.{20 + i}");
            await LoginTests.PostLoginAsync(bot, AdminEmail, $"wrong-{i}");
        }

        using var another = Client("203.0.113.40");
        var response = await LoginTests.PostLoginAsync(another, AdminEmail, "wrong-again");

        Assert.Contains("登录尝试过于频繁", LoginTests.ErrorText(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_UnknownEmailAndWrongPassword_SameAnswerAndOnePasswordHashEach()
    {
        using var client = Client("192.0.2.1");
        var before = _hasher.Verifications;
        var wrong = LoginTests.ErrorText(await (await LoginTests.PostLoginAsync(client, AdminEmail, "wrong-password")).Content.ReadAsStringAsync());
        var afterKnown = _hasher.Verifications;
        var unknown = LoginTests.ErrorText(await (await LoginTests.PostLoginAsync(client, "nobody@parkshare.local", "wrong-password")).Content.ReadAsStringAsync());

        Assert.Equal(wrong, unknown);
        Assert.Equal(1, afterKnown - before);
        Assert.Equal(1, _hasher.Verifications - afterKnown);
    }

    [Fact]
    public async Task SignIn_AccountLockedByAnAdmin_SaysSoOnlyToTheRightPassword()
    {
        using (var scope = Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(AdminEmail))!, DateTimeOffset.MaxValue);
        }

        using var client = Client("192.0.2.2");
        var wrong = LoginTests.ErrorText(await (await LoginTests.PostLoginAsync(client, AdminEmail, "wrong-password")).Content.ReadAsStringAsync());
        var right = LoginTests.ErrorText(await (await LoginTests.PostLoginAsync(client, AdminEmail, AdminPassword)).Content.ReadAsStringAsync());

        Assert.Equal("邮箱或密码不正确。", wrong);
        Assert.Contains("锁定", right, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _host?.Dispose();
        _factory.Dispose();
    }

    private WebApplicationFactory<Program>? _host;

    private IServiceProvider Services => Host.Services;

    private WebApplicationFactory<Program> Host => _host ??= _factory.WithWebHostBuilder(b => b
        .ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<ConsoleUser>>(_hasher))
        .ConfigureServices(s => s.AddSingleton<IStartupFilter, TestClientAddress>()));

    private HttpClient Client(string address)
    {
        var client = Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        return client;
    }

    private sealed class CountingHasher : IPasswordHasher<ConsoleUser>
    {
        private readonly PasswordHasher<ConsoleUser> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(ConsoleUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(ConsoleUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
