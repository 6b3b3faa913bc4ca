using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Intranet.Core.Localization;

internal sealed class JsonStringLocalizer : IStringLocalizer
{
    private readonly TranslationCatalog _catalog;

    public JsonStringLocalizer(TranslationCatalog catalog) => _catalog = catalog;

    public LocalizedString this[string name]
    {
        get
        {
            var translated = _catalog.Translate(name, CultureInfo.CurrentUICulture);
            return new LocalizedString(name, translated ?? name, resourceNotFound: translated is null && CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "vi");
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        _catalog.All(CultureInfo.CurrentUICulture).Select(e => new LocalizedString(e.Key, e.Value));
}
