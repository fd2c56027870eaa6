using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace ParkShare.Web.Api;

/// <summary>RFC 9457 problems with a stable code and a message in the request's language.</summary>
public sealed class ApiProblems(IStringLocalizer<ApiProblems> text)
{
    public ProblemHttpResult Problem(int status, string code, params object[] args) =>
        TypedResults.Problem(
            detail: text[$"Problem.{code}", args],
            statusCode: status,
            title: text[$"ProblemTitle.{status}"],
            type: TypeFor(code),
            extensions: new Dictionary<string, object?> { ["code"] = code });

    public ValidationProblem Validation(IDictionary<string, string[]> errors, string code = "validation_failed") =>
        TypedResults.ValidationProblem(
            errors,
            detail: text[$"Problem.{code}"],
            title: text["ProblemTitle.400"],
            type: TypeFor(code),
            extensions: new Dictionary<string, object?> { ["code"] = code });

    public string Message(string key, params object[] args) => text[key, args];

    public static string TypeFor(string code) => $"/problems/{code}";

    /// <summary>
    /// Gives the framework's own problems (unknown route, wrong method, unhandled error) the same
    /// shape as ours: a stable code and a title and detail in the request's language.
    /// </summary>
    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        if (problem.Extensions.ContainsKey("code"))
        {
            return;
        }

        var status = problem.Status ?? StatusCodes.Status500InternalServerError;
        var code = (context.Exception, problem) switch
        {
            (BadHttpRequestException { InnerException: JsonException }, _) => "malformed_json",
            (_, HttpValidationProblemDetails validation) => FieldsInWireNames(validation),
            _ => CodeFor(status),
        };
        var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<ApiProblems>>();
        problem.Extensions["code"] = code;
        problem.Type = TypeFor(code);

        // Status-code pages and the exception handler write after the localization middleware has
        // returned, so the culture it chose is read back from the request rather than the thread.
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = context.HttpContext.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? previous;
        try
        {
            problem.Title = text[$"ProblemTitle.{status}"] is { ResourceNotFound: false } title ? title : problem.Title;
            problem.Detail = text[$"Problem.{code}"].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static string CodeFor(int status) => status switch
        {
            StatusCodes.Status400BadRequest => "bad_request",
            StatusCodes.Status401Unauthorized => "unauthorized",
            StatusCodes.Status403Forbidden => "forbidden",
            StatusCodes.Status404NotFound => "not_found",
            StatusCodes.Status405MethodNotAllowed => "method_not_allowed",
            StatusCodes.Status413PayloadTooLarge => "body_too_large",
            StatusCodes.Status415UnsupportedMediaType => "unsupported_media_type",
            >= 500 => "server_error",
            _ => "request_failed",
        };

    /// <summary>
    /// The framework's validation names fields by their .NET path (<c>Position.LevelId</c>, <c>FriendIds[0]</c>);
    /// clients read them as they wrote them (<c>position.levelId</c>). Its messages are already ours, localised.
    /// </summary>
    private static string FieldsInWireNames(HttpValidationProblemDetails validation)
    {
        var fields = validation.Errors.ToList();
        validation.Errors.Clear();
        foreach (var (field, messages) in fields)
        {
            var name = string.Join('.', field.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
            validation.Errors[name] = validation.Errors.TryGetValue(name, out var earlier) ? [.. earlier, .. messages] : messages;
        }

        return "validation_failed";
    }
}
