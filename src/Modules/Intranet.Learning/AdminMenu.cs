using Intranet.Core.Navigation;

namespace Intranet.Learning;

/// <summary>
/// The province's entries (host). The other parts' pages (SCORM upload, quizzes, certificates) are reached from the
/// course builder and the learner's pages, so the menu stays short.
/// </summary>
public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(string menuName, ICollection<MenuItem> items) => LearningMenuItems.Build(menuName, items);
}
