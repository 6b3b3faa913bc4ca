namespace Intranet.Hr.Models;

/// <summary>Group 4: how a person came to a unit, post or job position.</summary>
public enum MovementKind
{
    /// <summary>Tuyển dụng.</summary>
    Recruitment = 1,

    /// <summary>Bổ nhiệm / bổ nhiệm lại.</summary>
    Appointment = 2,

    /// <summary>Điều động.</summary>
    Transfer = 3,

    /// <summary>Luân chuyển.</summary>
    Rotation = 4,

    /// <summary>Biệt phái.</summary>
    Secondment = 5,

    /// <summary>Bầu cử.</summary>
    Election = 6,

    /// <summary>Phân công / bố trí lại within the department.</summary>
    Reassignment = 7,

    /// <summary>Miễn nhiệm / thôi giữ chức vụ.</summary>
    Dismissal = 8,

    /// <summary>Thôi việc.</summary>
    Resignation = 9,

    /// <summary>Nghỉ hưu.</summary>
    Retirement = 10,
}
