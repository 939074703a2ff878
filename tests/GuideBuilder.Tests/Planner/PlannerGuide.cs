using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Planner;

/// <summary>
/// The mini guide with a second timed exercise and a teaching time in module 2 (added here rather than in the
/// fixture, whose line numbers other tests name): module 1 takes 30 min, module 2 1 h + 1 h 10, the guide 2 h 40.
/// </summary>
public static class PlannerGuide
{
    public static TempGuide Create() => new TempGuide().Replace("en/02-beta.md", "tab: blue\n", """
        tab: blue
        teaching-time: 1 h
        exercises:
          - id: check-standards
            title: Check the standards
            type: discussion
            duration: 1 h 10
            materials:
              - Copies of the standards
            instructions: |
              Compare the two standards.

        """);
}
