namespace Intranet.Hr.Models;

/// <summary>Xếp loại chất lượng hằng năm (NĐ 90/2020).</summary>
public enum Rating
{
    /// <summary>Hoàn thành xuất sắc nhiệm vụ.</summary>
    Excellent = 1,

    /// <summary>Hoàn thành tốt nhiệm vụ.</summary>
    Good = 2,

    /// <summary>Hoàn thành nhiệm vụ.</summary>
    Completed = 3,

    /// <summary>Không hoàn thành nhiệm vụ (extends the step interval).</summary>
    NotCompleted = 4,
}
