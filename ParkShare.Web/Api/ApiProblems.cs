using Microsoft.AspNetCore.Http.HttpResults;
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

    public ValidationProblem Validation(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(
            errors,
            detail: text["Problem.validation_failed"],
            title: text["ProblemTitle.400"],
            type: TypeFor("validation_failed"),
            extensions: new Dictionary<string, object?> { ["code"] = "validation_failed" });

    public string Message(string key, params object[] args) => text[key, args];

    public static string TypeFor(string code) => $"/problems/{code}";
}
