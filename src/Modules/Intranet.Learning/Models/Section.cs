namespace Intranet.Learning.Models;

public sealed class Section
{
    public int Id { get; set; }

    public int CourseId { get; set; }

    public string Title { get; set; } = "";

    public int Position { get; set; }

    public List<Lesson> Lessons { get; set; } = [];
}
