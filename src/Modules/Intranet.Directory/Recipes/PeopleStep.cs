using Intranet.Core.Recipes;
using Intranet.StaffDirectory.Models;
using Intranet.StaffDirectory.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.StaffDirectory.Recipes;

/// <summary><c>{"name":"people","people":[{email, fullName, unit, position, officePhone, mobile, room}]}</c>: upserts by email (else externalId).</summary>
public sealed class PeopleStep : IRecipeStepHandler
{
    public string StepName => "people";

    public IEnumerable<string> Validate(RecipeStep step)
    {
        List<PersonRecipeModel> people;
        string? error = null;
        try
        {
            people = step.Deserialize<List<PersonRecipeModel>>("people") ?? [];
        }
        catch (System.Text.Json.JsonException ex)
        {
            people = [];
            error = "people: dữ liệu không đúng định dạng: " + ex.Message;
        }

        if (error is not null)
        {
            yield return error;
            yield break;
        }

        foreach (var (person, i) in people.Select((p, i) => (p, i + 1)))
        {
            var errors = new Dictionary<string, List<string>>();
            ProfileRules.CheckPerson(ToInput(person), errors);
            foreach (var message in errors.SelectMany(e => e.Value))
            {
                yield return $"people[{i}]: {message}";
            }

            if (string.IsNullOrWhiteSpace(person.Email) && string.IsNullOrWhiteSpace(person.ExternalId))
            {
                yield return $"people[{i}]: cần email hoặc externalId.";
            }

            foreach (var (field, value) in person.Visibility ?? [])
            {
                if (!Enum.TryParse<FieldVisibility>(value, ignoreCase: true, out _))
                {
                    yield return $"people[{i}]: mức hiển thị '{value}' của '{field}' không hợp lệ (Province, Department, Hidden).";
                }
            }
        }
    }

    public async Task ExecuteAsync(RecipeStep step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var store = context.Services.GetRequiredService<DirectoryStore>();
        foreach (var person in step.Deserialize<List<PersonRecipeModel>>("people") ?? [])
        {
            try
            {
                await store.UpsertPersonAsync(ToInput(person), cancellationToken);
            }
            catch (DirectoryException ex)
            {
                throw new RecipeException($"Bước {step.Number} (people), '{person.Email ?? person.FullName}': {string.Join(" ", ex.Errors.SelectMany(e => e.Value).DefaultIfEmpty(ex.Message))}");
            }
        }
    }

    internal static PersonInput ToInput(PersonRecipeModel p)
    {
        FieldVisibility? Vis(string field) =>
            p.Visibility?.FirstOrDefault(v => string.Equals(v.Key, field, StringComparison.OrdinalIgnoreCase)).Value is { } text
            && Enum.TryParse<FieldVisibility>(text, ignoreCase: true, out var v) ? v : null;

        return new PersonInput
        {
            FullName = p.FullName ?? "",
            Email = p.Email,
            ExternalId = p.ExternalId,
            UnitId = p.Unit,
            Position = p.Position,
            OfficePhone = p.OfficePhone,
            Mobile = p.Mobile,
            Room = p.Room,
            IsActive = p.Active ?? true,
            PositionVisibility = Vis("position"),
            EmailVisibility = Vis("email"),
            OfficePhoneVisibility = Vis("officePhone"),
            MobileVisibility = Vis("mobile"),
            RoomVisibility = Vis("room"),
            PhotoVisibility = Vis("photo"),
        };
    }
}
