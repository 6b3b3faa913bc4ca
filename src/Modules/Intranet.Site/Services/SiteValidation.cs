using System.Globalization;
using Intranet.Core.Localization;
using Intranet.Core.Validation;
using Intranet.Site.Models;
using Intranet.Site.ViewModels;

namespace Intranet.Site.Services;

/// <summary>The rules for content, shared by the admin forms and the recipe steps. Messages are Vietnamese source text.</summary>
public static class SiteValidation
{
    public static Dictionary<string, string> Check(NewsInput input, out DateOnly? publishedOn)
    {
        var errors = CheckTitleSlugBody(input.Title, input.Slug, input.Body);
        if (input.Summary is { Length: > SiteLimits.Summary })
        {
            errors[nameof(NewsInput.Summary)] = "Tóm tắt dài quá 500 ký tự.";
        }
        else if (NameRule.Check(input.Summary, "Tóm tắt", multiline: true) is { } invalidSummary)
        {
            errors[nameof(NewsInput.Summary)] = invalidSummary;
        }

        publishedOn = null;
        if (!string.IsNullOrWhiteSpace(input.PublishedOn))
        {
            if (DateOnly.TryParseExact(input.PublishedOn.Trim(), Cultures.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                publishedOn = day;
            }
            else
            {
                errors[nameof(NewsInput.PublishedOn)] = "Ngày đăng phải có dạng dd/MM/yyyy, ví dụ 05/03/2026.";
            }
        }

        return errors;
    }

    public static Dictionary<string, string> Check(PageInput input) => CheckTitleSlugBody(input.Title, input.Slug, input.Body);

    public static Dictionary<string, string> Check(SettingsInput input, out List<QuickLink> links)
    {
        var errors = new Dictionary<string, string>();
        if (input.Description is { Length: > SiteLimits.Description })
        {
            errors[nameof(SettingsInput.Description)] = "Mô tả dài quá 1000 ký tự.";
        }
        else if (NameRule.Check(input.Description, "Mô tả", multiline: true) is { } invalidDescription)
        {
            errors[nameof(SettingsInput.Description)] = invalidDescription;
        }

        links = [];
        var lines = (input.QuickLinks ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var (line, i) in lines.Select((l, i) => (l, i)))
        {
            var bar = line.LastIndexOf('|');
            var text = bar > 0 ? line[..bar].Trim() : "";
            var url = bar > 0 ? line[(bar + 1)..].Trim() : "";
            if (text.Length == 0 || text.Length > SiteLimits.LinkText || !NameRule.IsValid(text) || !LinkRules.IsAllowed(url))
            {
                errors[nameof(SettingsInput.QuickLinks)] = "Mỗi dòng là “Tên liên kết | địa chỉ”, tên tối đa 100 ký tự, địa chỉ bắt đầu bằng ~/, / hoặc https://.";
                break;
            }

            links.Add(new QuickLink { Text = text, Url = url, Position = i });
        }

        if (links.Count > SiteLimits.QuickLinks)
        {
            errors[nameof(SettingsInput.QuickLinks)] = "Tối đa 20 liên kết nhanh.";
        }

        return errors;
    }

    private static Dictionary<string, string> CheckTitleSlugBody(string? title, string? slug, string? body)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(title))
        {
            errors["Title"] = "Nhập tiêu đề.";
        }
        else if (title.Trim().Length > SiteLimits.Title)
        {
            errors["Title"] = "Tiêu đề dài quá 200 ký tự.";
        }
        else if (NameRule.Check(title, "Tiêu đề") is { } invalidTitle)
        {
            errors["Title"] = invalidTitle;
        }

        if (!string.IsNullOrWhiteSpace(slug) && !Slugs.IsValid(slug.Trim()))
        {
            errors["Slug"] = "Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối, ví dụ gioi-thieu.";
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            errors["Body"] = "Nhập nội dung.";
        }
        else if (body.Length > SiteLimits.Body)
        {
            errors["Body"] = "Nội dung dài quá 100.000 ký tự.";
        }

        return errors;
    }
}
