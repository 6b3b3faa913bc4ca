using Intranet.Core.Recipes;
using Intranet.Mail.Models;
using Intranet.Mail.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Mail.Recipes;

/// <summary>
/// "mail-domain": {domain, maxMailboxes?, maxAliases?, defaultQuotaMb?, addressPattern?} — gives the recipe's
/// tenant its mail domain (created when missing; a province domain may be shared by several departments), so
/// accounts created by later steps get mailboxes. mail.db is its own file: this step commits on its own.
/// </summary>
public sealed class MailDomainStep : IRecipeStepHandler
{
    public string StepName => "mail-domain";

    public IEnumerable<string> Validate(RecipeStep step)
    {
        var errors = new List<string>();
        try
        {
            MailAddress.NormalizeDomain(step.GetString("domain"));
            if (step.GetString("addressPattern") is { } pattern)
            {
                MailAddressGenerator.ValidatePattern(pattern);
            }
        }
        catch (MailValidationException ex)
        {
            errors.Add(ex.Message);
        }

        foreach (var number in new[] { "maxMailboxes", "maxAliases", "defaultQuotaMb" })
        {
            if (step.Data.TryGetProperty(number, out var value) && (value.ValueKind != System.Text.Json.JsonValueKind.Number || !value.TryGetInt64(out var n) || n < 0))
            {
                errors.Add($"'{number}' phải là số nguyên không âm.");
            }
        }

        return errors;
    }

    public async Task ExecuteAsync(RecipeStep step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var domains = context.Services.GetRequiredService<MailDomainService>();
        var name = MailAddress.NormalizeDomain(step.GetString("domain"));
        var tenant = context.Tenant.Name;
        if (await domains.FindByNameAsync(name, cancellationToken) is { } existing)
        {
            var current = await domains.GetAsync(existing.Id, cancellationToken);
            if (!current!.Tenants.Contains(tenant))
            {
                await domains.UpdateAsync(existing.Id, new DomainInput
                {
                    MaxMailboxes = current.MaxMailboxes, MaxAliases = current.MaxAliases, DefaultQuotaMb = current.DefaultQuotaMb,
                    AddressPattern = current.AddressPattern, IsActive = current.IsActive, Tenants = [.. current.Tenants, tenant],
                }, cancellationToken);
            }

            return;
        }

        await domains.CreateAsync(new DomainInput
        {
            Name = name,
            MaxMailboxes = (int)Number(step, "maxMailboxes"),
            MaxAliases = (int)Number(step, "maxAliases"),
            DefaultQuotaMb = Number(step, "defaultQuotaMb"),
            AddressPattern = step.GetString("addressPattern"),
            Tenants = [tenant],
        }, cancellationToken);
    }

    private static long Number(RecipeStep step, string property) =>
        step.Data.TryGetProperty(property, out var value) && value.TryGetInt64(out var n) ? n : 0;
}
