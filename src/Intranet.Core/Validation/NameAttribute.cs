using System.ComponentModel.DataAnnotations;

namespace Intranet.Core.Validation;

/// <summary>
/// Applies <see cref="NameRule"/> to a request or form field: the API answers 400 with the field's error, a form
/// shows it next to the field. <see cref="Multiline"/> allows line breaks and tabs (descriptions).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class NameAttribute : ValidationAttribute
{
    public bool Multiline { get; set; }

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string text || NameRule.Check(text, validationContext.DisplayName, Multiline) is not { } message)
        {
            return ValidationResult.Success;
        }

        return new ValidationResult(message, validationContext.MemberName is { } member ? [member] : null);
    }
}
