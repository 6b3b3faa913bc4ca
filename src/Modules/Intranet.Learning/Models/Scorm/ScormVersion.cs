namespace Intranet.Learning.Models.Scorm;

/// <summary>The SCORM edition a package speaks: 1.2 (<c>window.API</c>) or 2004 without sequencing (<c>window.API_1484_11</c>).</summary>
public enum ScormVersion
{
    Scorm12 = 0,
    Scorm2004 = 1,
}
