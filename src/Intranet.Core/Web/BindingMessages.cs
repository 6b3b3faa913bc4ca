using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Intranet.Core.Web;

/// <summary>MVC's binding messages ("The value 'x' is not valid for Page.") in Vietnamese, for forms and the API alike.</summary>
internal static class BindingMessages
{
    public static void UseVietnamese(DefaultModelBindingMessageProvider messages)
    {
        messages.SetMissingBindRequiredValueAccessor(name => $"Thiếu giá trị cho '{name}'.");
        messages.SetMissingKeyOrValueAccessor(() => "Thiếu khoá hoặc giá trị.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Cần gửi nội dung yêu cầu (JSON).");
        messages.SetValueMustNotBeNullAccessor(value => $"Giá trị '{value}' không được để trống.");
        messages.SetAttemptedValueIsInvalidAccessor((value, name) => $"Giá trị '{value}' không hợp lệ cho '{name}'.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Giá trị '{value}' không hợp lệ.");
        messages.SetUnknownValueIsInvalidAccessor(name => $"Giá trị của '{name}' không hợp lệ.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị không hợp lệ.");
        messages.SetValueIsInvalidAccessor(value => $"Giá trị '{value}' không hợp lệ.");
        messages.SetValueMustBeANumberAccessor(name => $"'{name}' phải là một số.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Giá trị phải là một số.");
    }
}
