using System.Text.Json;
using Intranet.Core.Recipes;
using Intranet.Learning.Models;

namespace Intranet.Learning.Services;

/// <summary>
/// Builds the content of a SCORM or quiz lesson named in the <c>courses</c> recipe step (the package from the
/// recipe's own files, the questions from a GIFT file). Returns the <see cref="Lesson.ContentId"/>.
/// </summary>
public interface ILessonRecipeHandler
{
    LessonKind Kind { get; }

    Task<int> CreateContentAsync(Course course, Lesson lesson, JsonElement lessonJson, RecipeExecutionContext context, CancellationToken cancellationToken);
}
