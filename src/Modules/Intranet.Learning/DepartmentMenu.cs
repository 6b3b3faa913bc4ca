using Intranet.Core.Modules;
using Intranet.Core.Navigation;

namespace Intranet.Learning;

/// <summary>The same entries in a department where its learning feature is on (a menu follows its provider's feature).</summary>
[ForFeature(LearningFeatures.Department)]
public sealed class DepartmentMenu : INavigationProvider
{
    public void BuildNavigation(string menuName, ICollection<MenuItem> items) => LearningMenuItems.Build(menuName, items);
}
