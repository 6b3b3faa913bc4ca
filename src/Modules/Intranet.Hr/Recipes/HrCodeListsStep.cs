using Intranet.Core.Recipes;
using Intranet.Hr.Services.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Recipes;

/// <summary>
/// "hr-codelists": {} — stores the code lists shipped with the module (NĐ 204/2004 Bảng 2, ranks, base salary series,
/// ethnic groups 1979/2008, religions, levels) in the host database. Idempotent: a (list, version) already stored is
/// skipped, so an upgrade that ships a new edition adds just that version. Host only. In a recipe that also creates
/// departments, put it after the `tenant` steps: its writes hold the host database's write lock until the recipe
/// commits, and creating a department writes the registry on a connection of its own (a 30-second lock wait).
/// </summary>
public sealed class HrCodeListsStep : IRecipeStepHandler
{
    public string StepName => "hr-codelists";

    public async Task ExecuteAsync(RecipeStep step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Tenant.IsHost)
        {
            throw new RecipeException("Bước 'hr-codelists' chỉ chạy ở cấp tỉnh (danh mục dùng chung nằm trong cơ sở dữ liệu cấp tỉnh).");
        }

        await context.Services.GetRequiredService<CodeListStore>().LoadShippedAsync(cancellationToken);
    }
}
