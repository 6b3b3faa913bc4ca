namespace Intranet.Learning.Services.Quiz;

public enum QuestionFileFormat
{
    /// <summary>Decided from the file name (.gift, .aiken) or, for .txt, from its content.</summary>
    Auto = 0,
    Gift = 1,
    Aiken = 2,
}
