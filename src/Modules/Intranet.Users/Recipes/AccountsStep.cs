using Intranet.Core.Recipes;
using Intranet.Users.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Users.Recipes;

/// <summary>
/// "accounts": {accounts:[{email, fullName, roles:[…], home:bool, password?}]} — creates each host-level account
/// that is missing (without a password it has none usable until a reset) and makes it a member of the recipe's
/// tenant with exactly those roles. An existing account's password is never changed by a recipe.
/// </summary>
public sealed class AccountsStep : IRecipeStepHandler
{
    public string StepName => "accounts";

    public IEnumerable<string> Validate(RecipeStep step)
    {
        List<AccountEntry>? accounts;
        try
        {
            accounts = step.Deserialize<List<AccountEntry>>("accounts");
        }
        catch (System.Text.Json.JsonException)
        {
            accounts = null;
        }

        if (accounts is null)
        {
            yield return "cần mảng 'accounts' gồm các {email, fullName, roles, home}.";
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (account, index) in accounts.Select((a, i) => (a, i + 1)))
        {
            var email = account.Email?.Trim();
            if (email is null || !System.Net.Mail.MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
            {
                yield return $"tài khoản thứ {index}: email '{account.Email}' không hợp lệ.";
            }
            else if (!seen.Add(email))
            {
                yield return $"tài khoản thứ {index}: email '{email}' bị lặp.";
            }

            if (string.IsNullOrWhiteSpace(account.FullName))
            {
                yield return $"tài khoản thứ {index} ({account.Email}): thiếu họ và tên (fullName).";
            }

            foreach (var role in account.Roles ?? [])
            {
                if (!RoleNames.IsValid(role))
                {
                    yield return $"tài khoản thứ {index} ({account.Email}): tên vai trò '{role}' không hợp lệ.";
                }
            }

            if (account.Password is { } password && (password.Length < 8 || password.Length > CommonPasswordValidator.MaximumLength))
            {
                yield return $"tài khoản thứ {index} ({account.Email}): mật khẩu phải dài từ 8 đến {CommonPasswordValidator.MaximumLength} ký tự.";
            }
        }
    }

    public async Task ExecuteAsync(RecipeStep step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var changes = context.Services.GetRequiredService<AccountChanges>();
        var tenant = context.Tenant.Name;
        foreach (var entry in step.Deserialize<List<AccountEntry>>("accounts") ?? [])
        {
            await changes.RunAsync(async manager =>
            {
                var account = await manager.FindByEmailAsync(entry.Email!);
                var home = entry.Home ? tenant : null;
                if (account is null)
                {
                    account = await manager.CreateAsync(entry.Email!, entry.FullName!, home, entry.Password, mustChangePassword: false, cancellationToken);
                }
                else if (home is not null && account.HomeTenant != home)
                {
                    await manager.UpdateAsync(account, account.FullName, home, cancellationToken);
                }

                await manager.SetMembershipAsync(account, tenant, entry.Roles ?? [], cancellationToken);
            }, cancellationToken);
        }
    }
}
