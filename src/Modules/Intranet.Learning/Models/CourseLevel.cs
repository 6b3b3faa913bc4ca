namespace Intranet.Learning.Models;

/// <summary>The TT 03/2014 standard's two levels: basic (IU01–IU06) and advanced (IU07–IU15).</summary>
public enum CourseLevel
{
    Basic = 0,
    Advanced = 1,
}
