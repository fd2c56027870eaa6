using ParkShare.Web.Drivers;
using ParkShare.Web.Hosting;
using ParkShare.Web.Lots;
using ParkShare.Web.Refinement;

namespace ParkShare.Web.Api;

/// <summary>
/// The API description per operation name: summary, problems with their stable codes, and examples.
/// OpenApiOperationDocs attaches them to /openapi/v1.json; a test fails for an /api operation missing here.
/// </summary>
public static partial class OpenApiExamples
{
    private static readonly (int, string) Invalid = (400, "validation_failed");
    private static readonly (int, string) BadCursor = (400, "invalid_cursor");
    private static readonly (int, string) Malformed = (400, "malformed_json");
    private static readonly (int, string) SignedOut = (401, "session_required");
    private static readonly (int, string) TooLarge = (413, "body_too_large");
    private static readonly (int, string) NotJson = (415, "unsupported_media_type");

    // Lazy: the samples live in the other parts of this class, whose initializers must have run first.
    private static readonly Lazy<IReadOnlyDictionary<string, OperationDoc>> All = new(Build);

    public static IReadOnlyDictionary<string, OperationDoc> Operations => All.Value;

    private static IReadOnlyDictionary<string, OperationDoc> Build() => new Dictionary<string, OperationDoc>
    {
        ["Health"] = new("Health check", "200 when the database answers, 503 otherwise.", new HealthDto("healthy"), null, [(503, "database_unavailable")]),
        ["ListLots"] = new(
            "List lots",
            "Lots by id, or nearest first with `lat` and `lng` (WGS84 degrees, both or neither): then every item carries `distanceMeters`, "
            + "the great-circle distance to the lot's georeference origin. `limit` 1–100 (default 20); `cursor` is the previous page's `nextCursor` "
            + "(opaque, valid only with the same query), null on the last page.",
            new LotPageDto([LotSummary], Cursor), null, [Invalid, BadCursor]),
        ["GetLot"] = new("Get a lot", "A lot with its levels and live availability per level and zone.", LotDetail, null, [(404, "lot_not_found")]),
        ["GetLevelMap"] = new(
            "Get a level's geometry",
            "Outline, zones, spaces, landmarks and walkways in lot-local metres. Carries an ETag per lot version; send If-None-Match to get 304.",
            LevelMap, null, [(404, "level_not_found"), (404, "lot_not_found")]),
        ["GetLevelStates"] = new(
            "Get a level's live space states",
            "One character per space in the order of the level map's spaces: F free, R reserved, O occupied, D disabled.",
            new LevelStatesDto(LevelB2, 1, "FFRFOFFD", 5, 1, 1, 1), null, [(404, "level_not_found"), (404, "lot_not_found")]),
        ["Refine"] = new(
            "Refine a basic position",
            "A space code, marker, map point, GPS fix or (with the owner's token) a reservation in; the detailed position, or ranked candidates when ambiguous, out. Nothing is stored.",
            new RefineResponse("resolved", Position, null), new RefineRequest(LotId, new PositionRequest("spaceCode", Code: "负二层C区17号")),
            [Invalid, (400, "invalid_space_code"), (400, "incomplete_space_code"), Malformed, (401, "session_required"), (404, "space_not_found"), (404, "lot_not_found"),
             (404, "marker_not_found"), TooLarge, NotJson, (429, "rate_limited")]),
        ["SignIn"] = new(
            "Sign in with a wx.login code",
            "Exchanges the mini-program login code for a Bearer session token. In the sandbox any code X signs in the driver with openid sandbox-X.",
            new SessionResponse("q4J0tN2pV7x…", Start.AddDays(30), "01a21870-5c3d-7e2f-9a1b-0c2d3e4f5a6b", true), new SessionRequest("0c3Xk1ll2Gd5xQ0ZuRll2zdNrX3Xk1lF"),
            [Invalid, Malformed, (401, "invalid_login_code"), TooLarge, NotJson, (503, "wechat_unavailable")]),
        ["Me"] = new("The signed-in driver", "The driver behind the Bearer token and whether the privacy notice was accepted.", new MeDto("01a21870-5c3d-7e2f-9a1b-0c2d3e4f5a6b", Start, true), null, [SignedOut]),
        ["AcceptPrivacyNotice"] = new("Accept the privacy notice", "Records that the driver accepted the privacy notice shown at first sign-in.", null, null, [SignedOut]),
        ["SignOut"] = new("Sign out", "Ends the session the request came in with (Bearer token or the /m cookie): the token stops working at once.", null, null, [SignedOut]),
        ["ListSessions"] = new(
            "List my sessions", "The driver's working sessions, newest first, never their tokens; `current` marks the one the request came in with.",
            new DriverSessionListDto([new DriverSessionDto("01a21880-2b3c-7d4e-8f90-0a1b2c3d4e5f", Start, Start.AddDays(30), true)]), null, [SignedOut]),
        ["EndSession"] = new("End one of my sessions", "Signs another phone out; another driver's session answers 404 like an unknown one.", null, null, [SignedOut, (404, "session_not_found")]),
        ["DeleteMe"] = new("Delete my account", "Erases the driver and every piece of their data (reservations, records and their photos, notices, sessions) at once.", null, null, [SignedOut]),
    }.Concat(ParkingOperations).Concat(DriverOperations).Concat(WeChatOperations).Concat(BindingOperations).Concat(ConsoleOperations).ToDictionary();
}
