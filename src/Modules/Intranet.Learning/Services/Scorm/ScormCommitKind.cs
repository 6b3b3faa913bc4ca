namespace Intranet.Learning.Services.Scorm;

/// <summary>Why the player sends the data: the SCO's Commit (or a timer), its Finish/Terminate, or the page being closed.</summary>
public enum ScormCommitKind
{
    Commit = 0,
    Finish = 1,
    Exit = 2,
}
