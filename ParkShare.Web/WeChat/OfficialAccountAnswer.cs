namespace ParkShare.Web.WeChat;

/// <summary>What the callback answers: 200 with a reply (XML) or "success", or a refusal with a problem code.</summary>
public sealed record OfficialAccountAnswer(int Status, string? Xml, string? ProblemCode)
{
    public static OfficialAccountAnswer Success { get; } = new(StatusCodes.Status200OK, null, null);

    public static OfficialAccountAnswer Reply(string xml) => new(StatusCodes.Status200OK, xml, null);

    public static OfficialAccountAnswer Refused(int status, string code) => new(status, null, code);
}
