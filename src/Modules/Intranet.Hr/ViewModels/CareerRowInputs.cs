using System.Globalization;
using Intranet.Hr.Models;
using Intranet.Hr.Services.Records;

namespace Intranet.Hr.ViewModels;

/// <summary>A stored row back into the form's text fields (for a correction).</summary>
public static class CareerRowInputs
{
    public static CareerRowInput From(CareerEntry row)
    {
        var i = new CareerRowInput
        {
            EffectiveFrom = HrDates.Show(row.EffectiveFrom),
            DecisionNumber = row.Decision.Number,
            DecisionSignedOn = HrDates.Show(row.Decision.SignedOn),
            DecisionSigner = row.Decision.Signer,
            Note = row.Note,
        };
        switch (row)
        {
            case SalaryEntry s:
                i.RankCode = s.RankCode;
                i.ScaleCode = s.ScaleCode;
                i.Step = N(s.Step);
                i.Coefficient = s.Coefficient.ToString("0.00", CultureInfo.InvariantCulture);
                i.ExceedingPercent = N(s.ExceedingPercent);
                i.StepSince = HrDates.Show(s.StepSince);
                i.SalaryKind = s.Kind.ToString();
                break;
            case AllowanceEntry a:
                i.AllowanceKind = a.Kind;
                i.Coefficient = a.Coefficient?.ToString("0.00", CultureInfo.InvariantCulture);
                i.Percent = a.Percent?.ToString("0.##", CultureInfo.InvariantCulture);
                i.EndsOn = HrDates.Show(a.EndsOn);
                break;
            case PostingEntry p:
                i.Movement = p.Movement.ToString();
                i.UnitId = p.UnitId;
                i.UnitName = p.UnitName;
                i.JobPosition = p.JobPosition;
                i.Post = p.Post;
                i.Agency = p.Agency;
                break;
            case RatingEntry r:
                i.Year = N(r.Year);
                i.Rating = r.Rating.ToString();
                break;
            case AwardEntry a:
                i.Form = a.Form;
                i.Level = a.Level;
                i.EarlyStepMonths = N(a.EarlyStepMonths);
                break;
            case DisciplineEntry d:
                i.Form = d.Form;
                i.Reason = d.Reason;
                i.StepExtensionMonths = N(d.StepExtensionMonths);
                break;
            case QualificationEntry q:
                i.QualificationKind = q.Kind.ToString();
                i.Level = q.Level;
                i.Field = q.Field;
                i.Institution = q.Institution;
                i.CertificateNumber = q.CertificateNumber;
                break;
        }

        return i;
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
