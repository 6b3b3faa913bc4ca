namespace Intranet.Hr.Io.Codes;

/// <summary>Which official order a file's ethnic-group codes follow: they conflict, so the import is told.</summary>
public enum EthnicEdition
{
    /// <summary>QĐ 1019/QĐ-TCTK (2008), what the record stores.</summary>
    Edition2008 = 2008,

    /// <summary>QĐ 121-TCTK/PPCĐ (1979), still in old HR files.</summary>
    Edition1979 = 1979,
}
