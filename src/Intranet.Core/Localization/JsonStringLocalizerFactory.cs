using Microsoft.Extensions.Localization;

namespace Intranet.Core.Localization;

/// <summary>One merged catalog serves every type and view: a string is translated the same wherever it appears.</summary>
internal sealed class JsonStringLocalizerFactory : IStringLocalizerFactory
{
    private readonly JsonStringLocalizer _localizer;

    public JsonStringLocalizerFactory(TranslationCatalog catalog) => _localizer = new JsonStringLocalizer(catalog);

    public IStringLocalizer Create(Type resourceSource) => _localizer;

    public IStringLocalizer Create(string baseName, string location) => _localizer;
}
