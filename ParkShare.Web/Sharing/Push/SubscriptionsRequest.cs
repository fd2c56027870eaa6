using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using ParkShare.Core.WeChat;
using ParkShare.Web.Api.Validation;

namespace ParkShare.Web.Sharing.Push;

/// <summary>POST /api/mp/subscriptions: the template ids wx.requestSubscribeMessage answered "accept" for.</summary>
public sealed record SubscriptionsRequest(IReadOnlyList<string>? Accepted) : IValidatableObject
{
    /// <summary>The most template ids one request may carry.</summary>
    public const int MaxTemplates = 10;

    /// <summary>Present, at most <see cref="MaxTemplates"/>, and each one of our own subscribe templates.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Accepted is null || Accepted.Count > MaxTemplates)
        {
            yield return validationContext.Refuse(nameof(Accepted), "Validation.TemplatesRequired", MaxTemplates);
            yield break;
        }

        var templates = validationContext.GetRequiredService<IOptions<WeChatOptions>>().Value.Templates;
        string[] ours = [templates.PositionSharedSubscribe, templates.DriverNoticeSubscribe];
        if (Accepted.Any(t => string.IsNullOrEmpty(t) || !ours.Contains(t, StringComparer.Ordinal)))
        {
            yield return validationContext.Refuse(nameof(Accepted), "Validation.TemplateUnknown");
        }
    }
}
