using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Testing;

namespace Intranet.Learning.Tests.Catalogue;

/// <summary>A department's courses: its trainer builds them, its members find and take them, another department sees nothing.</summary>
public sealed class DepartmentCourseTests : IClassFixture<CatalogueFixture>
{
    private static readonly string[] BasicModules = ["iu01", "IU02"];
    private static readonly string[] SecurityModule = ["IU05"];
    private static readonly string[] UnknownModule = ["IU99"];

    private readonly CatalogueFixture _f;

    public DepartmentCourseTests(CatalogueFixture fixture) => _f = fixture;

    [Fact]
    public async Task A_trainer_creates_a_department_course_that_members_find_by_folded_search_and_another_department_cannot_reach_by_id()
    {
        using var trainer = await _f.ClientAsync("gv", _f.A);
        var created = await trainer.PostAsJsonAsync($"/{_f.A}/api/learning/courses", new
        {
            title = "Kỹ năng sử dụng máy tính cơ bản",
            itModules = BasicModules,
            level = 0,
            status = 1,
            durationHours = 16,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var course = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = course.GetProperty("id").GetInt32();
        Assert.Equal(_f.A, course.GetProperty("owner").GetString());
        Assert.Equal(["IU01", "IU02"], course.GetProperty("itModules").EnumerateArray().Select(m => m.GetString()));

        using var member = await _f.ClientAsync("hv", _f.A);
        var found = await member.GetFromJsonAsync<JsonElement>($"/{_f.A}/api/learning/courses?q=ky%20nang%20may%20tinh");
        Assert.Contains(found.EnumerateArray(), c => c.GetProperty("id").GetInt32() == id);
        var byModule = await member.GetFromJsonAsync<JsonElement>($"/{_f.A}/api/learning/courses?module=IU03");
        Assert.DoesNotContain(byModule.EnumerateArray(), c => c.GetProperty("id").GetInt32() == id);

        using var other = await _f.ClientAsync("hv", _f.B);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/learning/courses/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/{_f.B}/api/learning/courses/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/learning/courses/{id}/enrolments", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/learning/courses/{id}/enrolments")).StatusCode);
        var otherList = await other.GetFromJsonAsync<JsonElement>("/api/learning/courses");
        Assert.DoesNotContain(otherList.EnumerateArray(), c => c.GetProperty("id").GetInt32() == id);
    }

    [Fact]
    public async Task A_member_enrols_himself_but_cannot_see_other_learners_and_a_trainer_sees_them_with_progress()
    {
        using var trainer = await _f.ClientAsync("gv", _f.A);
        var created = await trainer.PostAsJsonAsync($"/{_f.A}/api/learning/courses", new { title = "An toàn thông tin", itModules = SecurityModule, status = 1 });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var section = await trainer.PostAsJsonAsync($"/{_f.A}/api/learning/courses/{id}/sections", new { title = "Mật khẩu" });
        var sectionId = (await section.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.Created, (await trainer.PostAsJsonAsync($"/{_f.A}/api/learning/courses/{id}/lessons", new { sectionId, title = "Mật khẩu mạnh", body = "Dài ít nhất 12 ký tự." })).StatusCode);

        using var member = await _f.ClientAsync("hv", _f.A);
        Assert.Equal(HttpStatusCode.Created, (await member.PostAsJsonAsync($"/{_f.A}/api/learning/courses/{id}/enrolments", new { })).StatusCode);
        var forbidden = await member.GetAsync($"/{_f.A}/api/learning/courses/{id}/enrolments");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("application/problem+json", forbidden.Content.Headers.ContentType?.MediaType);
        var lessonInOther = await member.PostAsJsonAsync($"/{_f.A}/api/learning/courses/{id}/lessons", new { sectionId, title = "Chen ngang" });
        Assert.Equal(HttpStatusCode.Forbidden, lessonInOther.StatusCode);

        var learners = await trainer.GetFromJsonAsync<JsonElement>($"/{_f.A}/api/learning/courses/{id}/enrolments");
        var line = Assert.Single(learners.EnumerateArray());
        Assert.Equal("Nguyễn Thị Học", line.GetProperty("learner").GetString());
        Assert.Equal(_f.A, line.GetProperty("department").GetString());
        Assert.Equal(0, line.GetProperty("lessonsDone").GetInt32());
        Assert.Equal(1, line.GetProperty("lessonsRequired").GetInt32());
    }

    [Fact]
    public async Task Bad_course_input_is_a_problem_naming_the_field()
    {
        using var trainer = await _f.ClientAsync("gv", _f.A);
        var response = await trainer.PostAsJsonAsync($"/{_f.A}/api/learning/courses", new { title = "Khóa lạ", itModules = UnknownModule });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("itModules", problem.GetProperty("field").GetString());
        Assert.Contains("IU99", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_recipe_course_shows_sanitised_text_and_its_learner_continues_where_the_recipe_left_him()
    {
        using var browser = await _f.BrowserAsync("hv", _f.A);
        var my = await browser.GetStringAsync($"/{_f.A}/learning/my");
        Assert.Contains("Soạn thảo văn bản hành chính", my, StringComparison.Ordinal);
        Assert.Contains("1/2", my, StringComparison.Ordinal);

        using var member = await _f.ClientAsync("hv", _f.A);
        var courses = await member.GetFromJsonAsync<JsonElement>($"/{_f.A}/api/learning/courses?q=soan%20thao");
        var id = courses.EnumerateArray().First().GetProperty("id").GetInt32();
        var detail = await member.GetFromJsonAsync<JsonElement>($"/{_f.A}/api/learning/courses/{id}");
        var lessons = detail.GetProperty("sections")[0].GetProperty("lessons");
        var first = lessons[0].GetProperty("id").GetInt32();
        var second = lessons[1].GetProperty("id").GetInt32();

        var page = await browser.GetStringAsync($"/{_f.A}/learning/courses/{id}/lessons/{first}");
        Assert.Contains("<strong>Nghị định 30</strong>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", page, StringComparison.Ordinal);

        // Marking the second lesson done through the page's own form finishes the course.
        var done = await browser.PostFormAsync($"/{_f.A}/learning/courses/{id}/lessons/{second}", $"/{_f.A}/learning/courses/{id}/lessons/{second}/done");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var mine = await member.GetFromJsonAsync<JsonElement>($"/{_f.A}/api/learning/me/enrolments");
        var enrolment = mine.EnumerateArray().Single(e => e.GetProperty("courseId").GetInt32() == id);
        Assert.Equal("Completed", enrolment.GetProperty("status").GetString());
        Assert.Equal(100, enrolment.GetProperty("percent").GetInt32());
    }
}
