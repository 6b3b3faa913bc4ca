using System.Globalization;
using System.Security.Claims;
using Intranet.Core.Accounts;
using Intranet.Core.Audit;
using Intranet.Core.Data;
using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Intranet.Core.Uploads;
using Intranet.Core.Validation;
using Intranet.Learning.Models;
using Intranet.Learning.Models.Certs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Intranet.Learning.Services.Certs;

/// <summary>
/// Certificates from outside the catalogue, recorded with a scan by someone holding ManageCertificates (trainers,
/// HR officers) in the holder's own department: the request's department must be the holder's home department, so
/// an officer of another department can neither record for nor read the records of this one.
/// </summary>
public sealed class ExternalCertificateService
{
    private const string Folder = "learning-certificates";
    private static readonly char[] ModuleSeparators = [',', ' ', ';'];

    private readonly LearningDbContext _db;
    private readonly IPermissionChecker _permissions;
    private readonly IAccountDirectory _accounts;
    private readonly ITenantRegistry _tenants;
    private readonly TenantPaths _paths;
    private readonly IAuditTrail _audit;
    private readonly UploadLimits _limits;
    private readonly TimeProvider _clock;

    public ExternalCertificateService(LearningDbContext db, IPermissionChecker permissions, IAccountDirectory accounts, ITenantRegistry tenants,
        TenantPaths paths, IAuditTrail audit, IOptions<UploadLimits> limits, TimeProvider clock)
    {
        _db = db;
        _permissions = permissions;
        _accounts = accounts;
        _tenants = tenants;
        _paths = paths;
        _audit = audit;
        _limits = limits.Value;
        _clock = clock;
    }

    public Task<bool> CanManageAsync(ClaimsPrincipal user, Tenant tenant, CancellationToken ct) =>
        _permissions.HasPermissionAsync(user, tenant, Permissions.ManageCertificates, ct);

    public async Task<IReadOnlyList<ExternalCertificate>> ListAsync(string tenantName, CancellationToken ct) =>
        await _db.Set<ExternalCertificate>().AsNoTracking().Where(c => c.TenantName == tenantName)
            .OrderByDescending(c => c.IssuedOn).ThenBy(c => c.Id).ToListAsync(ct);

    public async Task<IReadOnlyList<ExternalCertificate>> ListOwnAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var accountId = LearnerIdentity.AccountId(user);
        return accountId is null
            ? []
            : await _db.Set<ExternalCertificate>().AsNoTracking().Where(c => c.AccountId == accountId).OrderByDescending(c => c.IssuedOn).ToListAsync(ct);
    }

    /// <summary>The scan, for the holder or a manager of the department it was recorded in; null otherwise.</summary>
    public async Task<(ExternalCertificate Certificate, string Path)?> FindScanAsync(ClaimsPrincipal user, Tenant tenant, int id, CancellationToken ct)
    {
        var certificate = await _db.Set<ExternalCertificate>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (certificate is null)
        {
            return null;
        }

        var own = certificate.AccountId == LearnerIdentity.AccountId(user);
        if (!own && (certificate.TenantName != tenant.Name || !await CanManageAsync(user, tenant, ct)))
        {
            return null;
        }

        var path = Path.Combine(FolderPath(), certificate.ScanFile);
        return File.Exists(path) ? (certificate, path) : null;
    }

    public async Task<ExternalCertificate> RecordAsync(ClaimsPrincipal user, Tenant tenant, ExternalCertificateInput input, Stream? scan, CancellationToken ct)
    {
        if (!await CanManageAsync(user, tenant, ct))
        {
            throw new CertificateException(403, "Không có quyền ghi nhận chứng chỉ cho cán bộ của đơn vị này.");
        }

        var account = string.IsNullOrWhiteSpace(input.Email) || input.Email.Length > 256 ? null : await _accounts.FindByEmailAsync(input.Email.Trim(), ct);
        if (account is null || !string.Equals(account.HomeTenant, tenant.Name, StringComparison.OrdinalIgnoreCase))
        {
            // The same answer whether the address is unknown or belongs to another department: no probing of accounts.
            throw new CertificateException(422, "Không tìm thấy cán bộ của đơn vị có địa chỉ thư điện tử này.");
        }

        var certificate = Validate(input);
        if (scan is null)
        {
            throw new CertificateException(422, "Cần tải lên bản quét của chứng chỉ (PDF, JPEG hoặc PNG).");
        }

        var (bytes, contentType, extension) = await ScanFiles.ReadAsync(scan, _limits, ct);
        var actor = LearnerIdentity.AccountId(user) ?? "";
        certificate.AccountId = account.Id;
        certificate.HolderName = account.FullName;
        certificate.TenantName = tenant.Name;
        certificate.ScanFile = Guid.NewGuid().ToString("N") + extension;
        certificate.ScanContentType = contentType;
        certificate.RecordedBy = actor;
        certificate.RecordedUtc = _clock.GetUtcNow().UtcDateTime;

        var folder = FolderPath();
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, certificate.ScanFile);
        await File.WriteAllBytesAsync(path, bytes, ct);
        try
        {
            _db.Set<ExternalCertificate>().Add(certificate);
            await _db.SaveChangesAsync(ct);
        }
        catch
        {
            // Nothing left behind when the record cannot be saved.
            File.Delete(path);
            throw;
        }

        await _audit.RecordAsync(new AuditEvent("learning", "external-certificate.recorded", account.Id,
            $"{certificate.Kind} {certificate.Number} ({certificate.IssuedOn:yyyy-MM-dd})") { Actor = actor, TenantName = tenant.Name }, ct);
        return certificate;
    }

    private ExternalCertificate Validate(ExternalCertificateInput input)
    {
        if (!Enum.TryParse<ExternalCertificateKind>(input.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(input.Kind, out _))
        {
            throw new CertificateException(422, "Loại chứng chỉ không hợp lệ (ItBasic, ItAdvanced, OldA, OldB, OldC).");
        }

        var number = input.Number?.Trim() ?? "";
        var issuer = input.Issuer?.Trim() ?? "";
        if (number.Length is 0 or > 64 || NameRule.Check(number, "Số hiệu") is not null)
        {
            throw new CertificateException(422, "Cần ghi số hiệu chứng chỉ (tối đa 64 ký tự, không chứa ký tự điều khiển).");
        }

        if (issuer.Length is 0 or > 300 || NameRule.Check(issuer, "Nơi cấp") is not null)
        {
            throw new CertificateException(422, "Cần ghi nơi cấp chứng chỉ (tối đa 300 ký tự, không chứa ký tự điều khiển).");
        }

        var today = LearningClock.Today(_clock);
        if (input.IssuedOn is not { } issuedOn || issuedOn > today || issuedOn.Year < 1980)
        {
            throw new CertificateException(422, "Ngày cấp không hợp lệ (không sau hôm nay, không trước năm 1980).");
        }

        var modules = "";
        if (kind == ExternalCertificateKind.ItAdvanced)
        {
            var codes = (input.ItModules ?? "").Split(ModuleSeparators, StringSplitOptions.RemoveEmptyEntries)
                .Select(c => c.Trim().ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal).ToList();
            if (codes.Count == 0 || codes.Any(c => !IsAdvancedModule(c)))
            {
                throw new CertificateException(422, "Chứng chỉ nâng cao cần ghi các mô đun đã đạt, trong IU07–IU15 (ví dụ: IU07, IU08, IU09).");
            }

            modules = string.Join(',', codes);
        }

        return new ExternalCertificate { Kind = kind, Number = number, Issuer = issuer, IssuedOn = issuedOn, ItModules = modules };
    }

    private static bool IsAdvancedModule(string code) =>
        code.Length == 4 && code.StartsWith("IU", StringComparison.Ordinal)
        && int.TryParse(code.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 7 and <= 15;

    /// <summary>Scans are kept at the host (where every learning record is), outside any web root.</summary>
    private string FolderPath() => Path.Combine(_paths.SiteFolder(_tenants.Table.Host), Folder);
}
