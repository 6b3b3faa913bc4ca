using System.Text;

namespace Intranet.Hr.Tests.Io;

/// <summary>Import files as an HR officer would type them: Vietnamese headers, dd/MM/yyyy dates, names for codes.</summary>
internal static class ImportFiles
{
    public const string Header = "Số định danh cá nhân (CCCD),Họ và tên khai sinh,Giới tính,Ngày sinh,Dân tộc,Tôn giáo,Mã ngạch / chức danh nghề nghiệp,Bậc lương,Ngày hưởng bậc hiện tại,Đơn vị / phòng,Vị trí việc làm,Chức vụ,Ngày giữ vị trí / chức vụ,Tin học";

    private static int _next = 10_000;

    /// <summary>A fresh, well-formed personal ID (province 001, century/sex digit 1 = male born 1900s… the checks only warn).</summary>
    public static string NewId() => "0011800" + Interlocked.Increment(ref _next).ToString("00000", System.Globalization.CultureInfo.InvariantCulture);

    public static string Row(string id, string name = "Nguyễn Thị Hoà", string sex = "Nữ", string birth = "15/03/1980", string ethnicity = "", string rank = "01.003", string step = "4", string since = "01/09/2023", string it = "Cơ bản") =>
        $"{id},{name},{sex},{birth},{ethnicity},Không,{rank},{step},{since},Phòng Tổ chức cán bộ,Chuyên viên tổ chức cán bộ,,01/09/2005,{it}";

    public static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");
}
