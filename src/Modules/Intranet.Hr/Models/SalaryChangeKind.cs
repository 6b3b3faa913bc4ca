namespace Intranet.Hr.Models;

public enum SalaryChangeKind
{
    /// <summary>Xếp lương (recruitment, first entry, import).</summary>
    Assignment = 1,

    /// <summary>Nâng bậc lương thường xuyên.</summary>
    RegularStep = 2,

    /// <summary>Nâng bậc lương trước thời hạn.</summary>
    EarlyStep = 3,

    /// <summary>Chuyển ngạch / thăng hạng / nâng ngạch.</summary>
    RankChange = 4,

    /// <summary>Phụ cấp thâm niên vượt khung.</summary>
    ExceedingAllowance = 5,

    /// <summary>Hạ bậc lương (a discipline).</summary>
    Demotion = 6,
}
