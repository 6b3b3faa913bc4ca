using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Intranet.Core.Recipes;
using Intranet.Core.Uploads;
using Intranet.Learning.Models;

namespace Intranet.Learning.Services.Scorm;

/// <summary>
/// A Scorm lesson of the <c>courses</c> recipe step. The package comes with the recipe, in the lesson's
/// <c>package</c> object: either <c>files</c> (file name → text, e.g. <c>imsmanifest.xml</c> and the pages) or
/// <c>zipBase64</c>. Either way it is zipped and goes through the same checks as an upload.
/// </summary>
internal sealed class ScormRecipeHandler : ILessonRecipeHandler
{
    private readonly ScormPackageStore _store;

    public ScormRecipeHandler(ScormPackageStore store) => _store = store;

    public LessonKind Kind => LessonKind.Scorm;

    public async Task<int> CreateContentAsync(Course course, Lesson lesson, JsonElement lessonJson, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        if (!lessonJson.TryGetProperty("package", out var package) || package.ValueKind != JsonValueKind.Object)
        {
            throw new RecipeException($"Bài học SCORM '{lesson.Title}' cần đối tượng \"package\" có \"files\" (tên tệp → nội dung) hoặc \"zipBase64\".");
        }

        using var zip = new MemoryStream();
        if (package.TryGetProperty("zipBase64", out var base64) && base64.ValueKind == JsonValueKind.String)
        {
            try
            {
                var bytes = Convert.FromBase64String(base64.GetString()!);
                await zip.WriteAsync(bytes, cancellationToken);
            }
            catch (FormatException)
            {
                throw new RecipeException($"Bài học SCORM '{lesson.Title}': \"zipBase64\" không phải Base64 hợp lệ.");
            }
        }
        else if (package.TryGetProperty("files", out var files) && files.ValueKind == JsonValueKind.Object)
        {
            using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var file in files.EnumerateObject())
                {
                    if (file.Value.ValueKind != JsonValueKind.String)
                    {
                        throw new RecipeException($"Bài học SCORM '{lesson.Title}': nội dung tệp '{file.Name}' phải là chuỗi.");
                    }

                    var entry = archive.CreateEntry(file.Name, CompressionLevel.Fastest);
                    await using var stream = entry.Open();
                    await stream.WriteAsync(Encoding.UTF8.GetBytes(file.Value.GetString()!), cancellationToken);
                }
            }
        }
        else
        {
            throw new RecipeException($"Bài học SCORM '{lesson.Title}': \"package\" cần \"files\" hoặc \"zipBase64\".");
        }

        zip.Position = 0;
        try
        {
            var stored = await _store.AddPackageAsync(zip, course.Id, "recipe", cancellationToken);
            return stored.Id;
        }
        catch (UploadRejectedException ex)
        {
            throw new RecipeException($"Gói SCORM của bài học '{lesson.Title}' bị từ chối: {ex.Message}", ex);
        }
    }
}
