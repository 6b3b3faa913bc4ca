using Intranet.Core.Recipes;

namespace Intranet.Core.Tests.Recipes;

public sealed class RecipeParserTests
{
    [Fact]
    public void Parse_SubstitutesVariables_CallerOverridesDefaults()
    {
        const string json = """
            {
              // comments are allowed, as in Orchard recipes
              "name": "department",
              "variables": { "displayName": "Sở mặc định", "adminEmail": "a@tinh.gov.vn" },
              "steps": [ { "name": "site", "title": "{{displayName}} – cổng thông tin", "admins": ["{{ adminEmail }}"] } ]
            }
            """;

        var recipe = RecipeParser.Parse(json, new Dictionary<string, string> { ["displayName"] = "Sở Nội vụ" });

        var step = Assert.Single(recipe.Steps);
        Assert.Equal("site", step.Name);
        Assert.Equal("Sở Nội vụ – cổng thông tin", step.GetString("title"));
        Assert.Equal(["a@tinh.gov.vn"], step.GetStrings("admins"));
    }

    [Fact]
    public void Parse_MalformedJson_NamesTheLine()
    {
        var ex = Assert.Throws<RecipeException>(() => RecipeParser.Parse("{\n \"name\": \"x\",\n \"steps\": [ { \"name\": } ]\n}"));
        Assert.Contains("dòng 3", ex.Message);
    }

    [Fact]
    public void Parse_UndeclaredVariable_IsAnError()
    {
        var ex = Assert.Throws<RecipeException>(() => RecipeParser.Parse("""{ "name": "x", "steps": [ { "name": "a", "v": "{{missing}}" } ] }"""));
        Assert.Contains("missing", ex.Message);
    }

    [Theory]
    [InlineData("""[]""")]
    [InlineData("""{ "steps": [] }""")]
    [InlineData("""{ "name": "x" }""")]
    [InlineData("""{ "name": "x", "steps": [ { "title": "no name" } ] }""")]
    public void Parse_StructuralErrors_AreReported(string json)
    {
        var ex = Assert.Throws<RecipeException>(() => RecipeParser.Parse(json));
        Assert.NotEmpty(ex.Errors);
    }
}
