using Intranet.Core.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Core.Tests.Data;

/// <summary>Recipe step "note": writes a note to the tenant DB and one to the host DB; "fail": true throws after writing.</summary>
public sealed class NoteStepHandler : IRecipeStepHandler
{
    public string StepName => "note";

    public IEnumerable<string> Validate(RecipeStep step) =>
        step.GetString("text") is null ? ["thiếu 'text'"] : [];

    public async Task ExecuteAsync(RecipeStep step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var tenantNotes = context.Services.GetRequiredService<NoteDbContext>();
        tenantNotes.Notes.Add(new Note { Text = step.GetString("text")! });
        await tenantNotes.SaveChangesAsync(cancellationToken);

        var hostNotes = context.Services.GetRequiredService<HostNoteDbContext>();
        hostNotes.Notes.Add(new Note { Text = "host:" + step.GetString("text") });
        await hostNotes.SaveChangesAsync(cancellationToken);

        if (step.Data.TryGetProperty("fail", out var fail) && fail.GetBoolean())
        {
            throw new InvalidOperationException("hỏng có chủ ý");
        }
    }
}
