namespace Intranet.Learning.Services.Quiz;

/// <summary>
/// How one question did over the finished attempts: how often it was fully right, its mean grade (facility) and
/// its discrimination index (correlation of the question's grade with the rest of the attempt's score, −1…1;
/// null when it cannot be computed: fewer than 3 answers, or everyone scored the same).
/// </summary>
public sealed record QuestionStats(int QuestionId, string Name, string Type, string OutcomeCodes, int Answers, decimal ShareCorrect, decimal Facility, decimal? Discrimination);
