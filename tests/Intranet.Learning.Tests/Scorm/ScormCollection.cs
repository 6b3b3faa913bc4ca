namespace Intranet.Learning.Tests.Scorm;

/// <summary>Every SCORM test class shares one served host (starting one is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class ScormCollection : ICollectionFixture<ScormFixture>
{
    public const string Name = "Scorm";
}
