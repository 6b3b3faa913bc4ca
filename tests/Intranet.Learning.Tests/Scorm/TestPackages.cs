using System.IO.Compression;
using System.Text;

namespace Intranet.Learning.Tests.Scorm;

/// <summary>
/// SCORM packages built by the tests: a three-page SCO per edition that bookmarks its page, keeps its visited pages in
/// suspend_data, reports its session time and, on the last page, a score and its status; and broken packages.
/// </summary>
internal static class TestPackages
{
    public static byte[] Scorm12(decimal? masteryScore = 80, bool setsStatus = true) => Zip(
        ("imsmanifest.xml", Manifest12(masteryScore)),
        ("index.html", Page("1.2")),
        ("sco.js", Sco12(setsStatus)),
        ("style.css", "body{font-family:sans-serif}"));

    public static byte[] Scorm2004(bool completionSetByContent = true, decimal? passingScore = 0.8m) => Zip(
        ("imsmanifest.xml", Manifest2004(completionSetByContent, passingScore)),
        ("content/index.html", Page("2004")),
        ("content/sco.js", Sco2004()));

    public static byte[] Zip(params (string Name, string Text)[] files) =>
        ZipBytes([.. files.Select(f => (f.Name, Encoding.UTF8.GetBytes(f.Text)))]);

    public static byte[] ZipBytes(params (string Name, byte[] Bytes)[] files)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in files)
            {
                using var entry = archive.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(bytes);
            }
        }

        return stream.ToArray();
    }

    public static string Manifest12(decimal? masteryScore, string href = "index.html") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest identifier="vn.tinh.test.scorm12" version="1" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
          <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
          <organizations default="ORG">
            <organization identifier="ORG"><title>An toàn thông tin cơ bản</title>
              <item identifier="I1" identifierref="R1"><title>Bài 1</title>{(masteryScore is { } m ? $"<adlcp:masteryscore>{m}</adlcp:masteryscore>" : "")}<adlcp:datafromlms>khoi-dong</adlcp:datafromlms></item>
            </organization>
          </organizations>
          <resources>
            <resource identifier="R1" type="webcontent" adlcp:scormtype="sco" href="{href}"><file href="index.html"/><file href="sco.js"/></resource>
          </resources>
        </manifest>
        """;

    public static string Manifest2004(bool completionSetByContent, decimal? passingScore) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest identifier="vn.tinh.test.scorm2004" version="1" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
          <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
          <organizations default="ORG">
            <organization identifier="ORG"><title>Sử dụng thư điện tử</title>
              <item identifier="I1" identifierref="R1"><title>Bài 1</title>
                <imsss:sequencing>
                  <imsss:deliveryControls completionSetByContent="{(completionSetByContent ? "true" : "false")}" objectiveSetByContent="true"/>
                  {(passingScore is { } p ? $"<imsss:objectives><imsss:primaryObjective objectiveID=\"PRIMARY\" satisfiedByMeasure=\"true\"><imsss:minNormalizedMeasure>{p.ToString(System.Globalization.CultureInfo.InvariantCulture)}</imsss:minNormalizedMeasure></imsss:primaryObjective></imsss:objectives>" : "")}
                </imsss:sequencing>
              </item>
            </organization>
          </organizations>
          <resources xml:base="content/">
            <resource identifier="R1" type="webcontent" adlcp:scormType="sco" href="index.html?lang=vi"><file href="index.html"/><file href="sco.js"/></resource>
          </resources>
        </manifest>
        """;

    private static string Page(string version) => $"""
        <!DOCTYPE html>
        <html lang="vi"><head><meta charset="utf-8"><title>SCO {version}</title></head>
        <body>
          <h1 id="page">…</h1>
          <p id="entry"></p>
          <button id="next" type="button">Tiếp</button>
          <button id="finish" type="button">Hoàn thành</button>
          <p id="done"></p>
          <script src="sco.js"></script>
        </body></html>
        """;

    /// <summary>1.2: finds window.API in the parents, as the ADL sample does; never calls LMSCommit (the Golf samples do not either).</summary>
    private static string Sco12(bool setsStatus) => """
        (function () {
          var win = window, api = null, tries = 0;
          while (!win.API && win.parent && win.parent !== win && tries++ < 7) { win = win.parent; }
          api = win.API;
          var started = Date.now();
          api.LMSInitialize('');
          var page = parseInt(api.LMSGetValue('cmi.core.lesson_location') || '1', 10);
          var visited = api.LMSGetValue('cmi.suspend_data');
          document.getElementById('entry').textContent = 'entry=' + api.LMSGetValue('cmi.core.entry') + ' launch_data=' + api.LMSGetValue('cmi.launch_data') + ' name=' + api.LMSGetValue('cmi.core.student_name');
          if (SETS_STATUS && api.LMSGetValue('cmi.core.lesson_status') === 'not attempted') { api.LMSSetValue('cmi.core.lesson_status', 'incomplete'); }
          function pad(n, w) { n = String(n); while (n.length < w) { n = '0' + n; } return n; }
          function session() {
            var s = Math.max(1, Math.round((Date.now() - started) / 1000));
            return pad(Math.floor(s / 3600), 4) + ':' + pad(Math.floor(s / 60) % 60, 2) + ':' + pad(s % 60, 2);
          }
          function show() {
            document.getElementById('page').textContent = 'Trang ' + page + '/3';
            api.LMSSetValue('cmi.core.lesson_location', String(page));
            visited = visited ? visited + ',' + page : String(page);
            api.LMSSetValue('cmi.suspend_data', visited);
            api.LMSSetValue('cmi.core.exit', 'suspend');
            api.LMSSetValue('cmi.core.session_time', session());
          }
          show();
          document.getElementById('next').addEventListener('click', function () { if (page < 3) { page++; show(); } });
          document.getElementById('finish').addEventListener('click', function () {
            api.LMSSetValue('cmi.core.score.raw', '85');
            api.LMSSetValue('cmi.core.score.min', '0');
            api.LMSSetValue('cmi.core.score.max', '100');
            if (SETS_STATUS) { api.LMSSetValue('cmi.core.lesson_status', 'completed'); }
            api.LMSSetValue('cmi.core.exit', '');
            api.LMSSetValue('cmi.core.session_time', session());
            document.getElementById('done').textContent = 'finish=' + api.LMSFinish('');
          });
        })();
        """.Replace("SETS_STATUS", setsStatus ? "true" : "false", StringComparison.Ordinal);

    /// <summary>2004: the search starts at window.parent, as the ADL 2004 sample's GetAPI does.</summary>
    private static string Sco2004() => """
        (function () {
          var win = window.parent, tries = 0;
          while (!win.API_1484_11 && win.parent && win.parent !== win && tries++ < 500) { win = win.parent; }
          var api = win.API_1484_11;
          var started = Date.now();
          api.Initialize('');
          var page = parseInt(api.GetValue('cmi.location') || '1', 10);
          var visited = api.GetValue('cmi.suspend_data');
          document.getElementById('entry').textContent = 'entry=' + api.GetValue('cmi.entry') + ' lang=' + (location.search.indexOf('lang=vi') >= 0 ? 'vi' : '?');
          if (api.GetValue('cmi.completion_status') === 'unknown') { api.SetValue('cmi.completion_status', 'incomplete'); }
          function session() { return 'PT' + Math.max(1, Math.round((Date.now() - started) / 1000)) + 'S'; }
          function show() {
            document.getElementById('page').textContent = 'Trang ' + page + '/3';
            api.SetValue('cmi.location', String(page));
            visited = visited ? visited + ',' + page : String(page);
            api.SetValue('cmi.suspend_data', visited);
            api.SetValue('cmi.progress_measure', String(page / 3).substring(0, 4));
            api.SetValue('cmi.exit', 'suspend');
            api.SetValue('cmi.session_time', session());
            api.Commit('');
          }
          show();
          document.getElementById('next').addEventListener('click', function () { if (page < 3) { page++; show(); } });
          document.getElementById('finish').addEventListener('click', function () {
            api.SetValue('cmi.score.scaled', '0.9');
            api.SetValue('cmi.score.raw', '9');
            api.SetValue('cmi.score.max', '10');
            api.SetValue('cmi.score.min', '0');
            api.SetValue('cmi.completion_status', 'completed');
            api.SetValue('cmi.exit', 'normal');
            api.SetValue('cmi.session_time', session());
            document.getElementById('done').textContent = 'terminate=' + api.Terminate('');
          });
        })();
        """;
}
