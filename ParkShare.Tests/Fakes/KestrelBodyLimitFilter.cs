using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;

namespace ParkShare.Tests.Fakes;

/// <summary>Puts a <see cref="KestrelLimitedBodyStream"/> in front of the whole pipeline and remembers the limit the last request ended with.</summary>
public sealed class KestrelBodyLimitFilter : IStartupFilter
{
    public long? LastLimit { get; private set; }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            var body = new KestrelLimitedBodyStream(context.Request.Body);
            context.Features.Set<IHttpMaxRequestBodySizeFeature>(body);
            context.Request.Body = body;
            await nextMiddleware(context);
            LastLimit = body.MaxRequestBodySize;
        });
        next(app);
    };
}
