using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace ParkShare.Core.WeChat;

public static class LiveWeChatRegistration
{
    private const int MaxRetries = 2;

    /// <summary>
    /// The live client and its HttpClient: WeChat:AttemptTimeout per attempt, WeChat:TotalTimeout per call,
    /// retries only for requests marked <see cref="WeChatHttp.RetrySafe"/> and only on transport failures
    /// (no answer, timeout, 5xx, 429) — never after WeChat answered an errcode, and never for message
    /// sends or single-use codes. The factory's request logging is removed: the URLs carry secrets.
    /// Needs <see cref="WeChatOptions"/> registered.
    /// </summary>
    public static IServiceCollection AddLiveWeChatClient(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WeChatHealth>();
        services.TryAddSingleton<WeChatTokenCache>();
        services.TryAddSingleton<WeChatHttp>();
        services.TryAddSingleton<LiveWeChatClient>();
        services.AddHttpClient(WeChatHttp.ClientName, (sp, http) =>
            {
                http.BaseAddress = new Uri(sp.GetRequiredService<IOptions<WeChatOptions>>().Value.ApiBaseUrl.TrimEnd('/') + "/");
                http.Timeout = Timeout.InfiniteTimeSpan;
                http.MaxResponseContentBufferSize = WeChatHttp.MaxAnswerBytes;
            })
            .RemoveAllLoggers()
            .AddResilienceHandler("wechat", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<WeChatOptions>>().Value;
                pipeline
                    .AddTimeout(options.TotalTimeout)
                    .AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = MaxRetries,
                        Delay = TimeSpan.FromMilliseconds(200),
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        ShouldHandle = args => ValueTask.FromResult(IsRetrySafe(args.Context) && HttpClientResiliencePredicates.IsTransient(args.Outcome)),
                    })
                    .AddTimeout(options.AttemptTimeout);
            });
        return services;
    }

    private static bool IsRetrySafe(ResilienceContext context) =>
        context.GetRequestMessage() is { } request && request.Options.TryGetValue(WeChatHttp.RetrySafe, out var safe) && safe;
}
