using Intranet.Core.Recipes;
using Intranet.StaffDirectory.Models;
using Intranet.StaffDirectory.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.StaffDirectory.Recipes;

/// <summary><c>{"name":"units","units":[{id,name,kind,parent}]}</c>: creates or updates units by id, parents first.</summary>
public sealed class UnitsStep : IRecipeStepHandler
{
    public string StepName => "units";

    public IEnumerable<string> Validate(RecipeStep step)
    {
        var units = Read(step, out var error);
        if (error is not null)
        {
            yield return error;
            yield break;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (unit, i) in units.Select((u, i) => (u, i + 1)))
        {
            var errors = new Dictionary<string, List<string>>();
            ProfileRules.CheckUnit(new UnitInput(unit.Id ?? "", unit.Name ?? "", OrgUnitKind.Khac, unit.Parent), errors);
            foreach (var message in errors.SelectMany(e => e.Value))
            {
                yield return $"units[{i}]: {message}";
            }

            if (!OrgUnitKinds.TryParse(unit.Kind, out _))
            {
                yield return $"units[{i}]: loại đơn vị '{unit.Kind}' không hợp lệ (phong, ban, to, trung-tam, khac).";
            }

            if (unit.Id is not null && !ids.Add(unit.Id))
            {
                yield return $"units[{i}]: mã '{unit.Id}' xuất hiện hai lần.";
            }
        }
    }

    public async Task ExecuteAsync(RecipeStep step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var store = context.Services.GetRequiredService<DirectoryStore>();
        var pending = Read(step, out _).ToList();
        var known = (await store.ListUnitsAsync(cancellationToken)).Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        // Parents first, whatever order the recipe lists them in; a parent never given fails with the unit's error.
        while (pending.Count > 0)
        {
            var ready = pending.Where(u => u.Parent is null || known.Contains(u.Parent) || pending.All(p => p.Id != u.Parent)).ToList();
            if (ready.Count == 0)
            {
                throw new RecipeException($"Bước {step.Number} (units): các đơn vị cấp trên tạo thành vòng lặp.");
            }

            foreach (var unit in ready)
            {
                var kind = OrgUnitKinds.TryParse(unit.Kind, out var parsed) ? parsed : OrgUnitKind.Khac;
                try
                {
                    await store.SaveUnitAsync(new UnitInput(unit.Id!, unit.Name!, kind, unit.Parent, unit.Order ?? 0), cancellationToken);
                }
                catch (DirectoryException ex)
                {
                    throw new RecipeException($"Bước {step.Number} (units), đơn vị '{unit.Id}': {string.Join(" ", ex.Errors.SelectMany(e => e.Value).DefaultIfEmpty(ex.Message))}");
                }

                known.Add(unit.Id!);
                pending.Remove(unit);
            }
        }
    }

    private static List<UnitRecipeModel> Read(RecipeStep step, out string? error)
    {
        error = null;
        try
        {
            return step.Deserialize<List<UnitRecipeModel>>("units") ?? [];
        }
        catch (System.Text.Json.JsonException ex)
        {
            error = "units: dữ liệu không đúng định dạng: " + ex.Message;
            return [];
        }
    }
}
