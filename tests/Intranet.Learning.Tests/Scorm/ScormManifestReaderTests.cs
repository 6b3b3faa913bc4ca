using System.Text;
using Intranet.Core.Uploads;
using Intranet.Learning.Models.Scorm;
using Intranet.Learning.Services.Scorm;

namespace Intranet.Learning.Tests.Scorm;

/// <summary>Manifests as real packages write them: mixed namespaces and attribute case, xml:base, parameters, a default that names nothing.</summary>
public sealed class ScormManifestReaderTests
{
    [Fact]
    public void The_launch_url_is_built_from_xml_base_the_href_and_the_items_parameters_and_a_missing_default_falls_back_to_the_first_organization()
    {
        var manifest = Read("""
            <manifest identifier="m" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xml:base="course/">
              <organizations default="NOPE">
                <organization identifier="O1"><title>Đạo đức công vụ</title>
                  <item identifier="I0"><title>Nhóm</title>
                    <item identifier="I1" identifierref="ASSET"><title>Tài liệu</title></item>
                    <item identifier="I2" identifierref="SCO" parameters="?questions=Playing"><title>Bài</title>
                      <adlcp:dataFromLMS>abc</adlcp:dataFromLMS>
                      <adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="0.75"/>
                    </item>
                  </item>
                </organization>
              </organizations>
              <resources xml:base="pages/">
                <resource identifier="ASSET" type="webcontent" adlcp:scormType="asset" href="doc.html"/>
                <resource identifier="SCO" type="webcontent" adlcp:SCORMTYPE="sco" xml:base="shared" href="launch%20page.html#top"/>
              </resources>
            </manifest>
            """);
        Assert.Equal(ScormVersion.Scorm2004, manifest.Version);
        Assert.Equal("Đạo đức công vụ", manifest.Title);
        Assert.Equal("course/pages/shared/launch page.html", manifest.LaunchPath);
        Assert.Equal("?questions=Playing#top", manifest.LaunchParameters);
        Assert.Equal(0.75m, manifest.CompletionThreshold);
        Assert.Equal("abc", manifest.LaunchData);
        Assert.False(manifest.CompletionSetByContent);
    }

    [Theory]
    [InlineData("<manifest><resources><resource identifier='R' href='../../x.html'/></resources><metadata><schemaversion>1.2</schemaversion></metadata></manifest>", "'..'")]
    [InlineData("<manifest><metadata><schemaversion>1.2</schemaversion></metadata><organizations/><resources/></manifest>", "không khai báo bài học")]
    [InlineData("<manifest><resources><resource identifier='R' href='a.html'/></resources></manifest>", "phiên bản SCORM")]
    [InlineData("<manifest><unclosed></manifest>", "XML")]
    public void A_manifest_the_player_cannot_use_is_refused_with_the_reason(string xml, string expected)
    {
        var ex = Assert.Throws<UploadRejectedException>(() => Read(xml));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    private static ScormManifest Read(string xml) =>
        ScormManifestReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), UploadLimits.Default);
}
