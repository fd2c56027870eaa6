using ParkShare.Core.Notices;

namespace ParkShare.Web.Notices;

public static class NoticesRegistration
{
    public static WebApplicationBuilder AddParkShareNotices(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RemindersOptions>().BindConfiguration(RemindersOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<NoticeService>();
        builder.Services.AddSingleton<ReminderScanner>();
        builder.Services.AddSingleton<NoticeFormatter>();
        builder.Services.AddHostedService<ReminderService>();
        return builder;
    }
}
