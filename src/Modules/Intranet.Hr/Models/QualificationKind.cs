namespace Intranet.Hr.Models;

/// <summary>Group 5: the kinds of education and training the résumé lists apart.</summary>
public enum QualificationKind
{
    /// <summary>Giáo dục phổ thông (12/12).</summary>
    GeneralEducation = 1,

    /// <summary>Trình độ chuyên môn (trung cấp, cao đẳng, đại học, thạc sĩ, tiến sĩ).</summary>
    Professional = 2,

    /// <summary>Lý luận chính trị (sơ cấp, trung cấp, cao cấp, cử nhân).</summary>
    PoliticalTheory = 3,

    /// <summary>Quản lý nhà nước (chuyên viên, chuyên viên chính, chuyên viên cao cấp).</summary>
    StateManagement = 4,

    /// <summary>Tin học: TT 03/2014 basic/advanced, or the old A/B/C certificates.</summary>
    InformationTechnology = 5,

    /// <summary>Ngoại ngữ (language and level).</summary>
    ForeignLanguage = 6,

    /// <summary>Quốc phòng – an ninh.</summary>
    DefenceSecurity = 7,

    /// <summary>Bồi dưỡng kỹ năng, nghiệp vụ khác.</summary>
    Other = 8,
}
