using Microsoft.AspNetCore.Http.HttpResults;
using ParkShare.Web.Api;

namespace ParkShare.Web.WeChat;

/// <summary>
/// /wechat/oa, the official account's server URL. GET verifies the URL (echostr only on a good
/// signature); POST takes messages and events: safe mode when an EncodingAESKey is configured, plain
/// mode only with WeChat:OfficialAccount:AllowPlainMode. The signature and the timestamp (within 5
/// minutes) are checked before the body is read; bodies over <see cref="MaxBodyBytes"/> are refused
/// unread; a (timestamp, nonce) pair seen with another body is refused (<see cref="OfficialAccountReplayGuard"/>).
/// No sign-in and no antiforgery: WeChat's signature is the authentication.
/// </summary>
public static class OfficialAccountApi
{
    public const int MaxBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapOfficialAccountApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/wechat/oa").WithTag("WeChat", "Linking the mini-program identity with the official account.").ExcludeFromDescription().AllowAnonymous().DisableAntiforgery();
        group.MapGet("/", Verify).WithName("OfficialAccountVerify");
        group.MapPost("/", ReceiveAsync).WithName("OfficialAccountReceive");
        return app;
    }

    public static Results<ContentHttpResult, ProblemHttpResult> Verify(
        HttpRequest request, OfficialAccountCallback callback, OfficialAccountReplayGuard guard, ApiProblems problems)
    {
        var echo = request.Query["echostr"].FirstOrDefault();
        var query = OfficialAccountRequest.From(request.Query);
        return callback.IsSigned(query) && guard.IsFresh(query.Timestamp) && echo is { Length: > 0 and <= 256 }
            ? TypedResults.Text(echo, "text/plain")
            : problems.Problem(StatusCodes.Status401Unauthorized, "wechat_signature_invalid");
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> ReceiveAsync(
        HttpRequest request, OfficialAccountCallback callback, OfficialAccountReplayGuard guard, ApiProblems problems, CancellationToken cancellationToken)
    {
        var query = OfficialAccountRequest.From(request.Query);
        if (!callback.IsSigned(query))
        {
            return problems.Problem(StatusCodes.Status401Unauthorized, "wechat_signature_invalid");
        }

        if (!guard.IsFresh(query.Timestamp))
        {
            return problems.Problem(StatusCodes.Status401Unauthorized, "wechat_timestamp_invalid");
        }

        if (callback.ModeProblem(query) is { } refused)
        {
            return problems.Problem(StatusCodes.Status401Unauthorized, refused);
        }

        var body = await ReadBodyAsync(request, cancellationToken);
        if (body is null)
        {
            return problems.Problem(StatusCodes.Status413PayloadTooLarge, "body_too_large");
        }

        if (!guard.TryUse(query.Timestamp!, query.Nonce, body))
        {
            return problems.Problem(StatusCodes.Status401Unauthorized, "wechat_replayed");
        }

        var answer = await callback.HandleAsync(query, body);
        return answer switch
        {
            { ProblemCode: { } code } => problems.Problem(answer.Status, code),
            { Xml: { } xml } => TypedResults.Text(xml, "application/xml; charset=utf-8"),
            _ => TypedResults.Text("success", "text/plain"),
        };
    }

    /// <summary>The body, or null once it passes the limit (by its Content-Length, or while reading: never buffered whole).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
