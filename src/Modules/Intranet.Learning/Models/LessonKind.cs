namespace Intranet.Learning.Models;

public enum LessonKind
{
    Text = 0,
    Video = 1,
    Document = 2,
    Scorm = 3,
    Quiz = 4,
}
