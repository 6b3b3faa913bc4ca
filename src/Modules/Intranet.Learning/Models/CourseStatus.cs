namespace Intranet.Learning.Models;

public enum CourseStatus
{
    /// <summary>Being built; only its trainers see it.</summary>
    Draft = 0,

    /// <summary>In the catalogue.</summary>
    Published = 1,

    /// <summary>Out of the catalogue; its records and certificates stay.</summary>
    Archived = 2,
}
