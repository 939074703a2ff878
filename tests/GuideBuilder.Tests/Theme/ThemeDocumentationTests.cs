using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using GuideBuilder.Markdown;
using GuideBuilder.Model.Addresses;
using GuideBuilder.Targets.Html;
using GuideBuilder.Targets.Pdf;
using GuideBuilder.Tests.Support;
using Scriban.Runtime;

namespace GuideBuilder.Tests.Theme;

/// <summary>docs/theme.md lists every variable a template can use, and nothing else: checked against the view models.</summary>
public sealed partial class ThemeDocumentationTests
{
    private static readonly Type[] Roots = [typeof(PageView), typeof(PrintBook), typeof(GuideBuilder.Planner.AgendaView)];

    /// <summary>Every type a template reaches from its model, with the names the template uses for its members.</summary>
    public static SortedDictionary<string, SortedSet<string>> ModelMembers()
    {
        var types = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var queue = new Queue<Type>(Roots);
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            if (types.ContainsKey(type.Name))
            {
                continue;
            }

            var members = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
            types[type.Name] = new SortedSet<string>(members.Select(p => StandardMemberRenamer.Default(p)), StringComparer.Ordinal);
            foreach (var member in members.Select(p => Element(p.PropertyType)).Where(IsModel))
            {
                queue.Enqueue(member);
            }
        }

        return types;
    }

    private static Type Element(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType && type.GetGenericArguments().Length == 1
            ? type.GetGenericArguments()[0]
            : type;
    }

    private static bool IsModel(Type type) =>
        type.Namespace?.StartsWith("GuideBuilder", StringComparison.Ordinal) == true && type.IsClass
        && type != typeof(HtmlFragment) && !typeof(Address).IsAssignableFrom(type);

    private static SortedDictionary<string, SortedSet<string>> Documented()
    {
        var documented = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        SortedSet<string>? current = null;
        foreach (var line in File.ReadAllLines(Path.Combine(RepoPaths.Root, "docs", "theme.md")))
        {
            if (TypeHeading().Match(line) is { Success: true } heading)
            {
                current = documented[heading.Groups[1].Value] = new SortedSet<string>(StringComparer.Ordinal);
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = null;
            }
            else if (current is not null && MemberRow().Match(line) is { Success: true } row)
            {
                current.Add(row.Groups[1].Value);
            }
        }

        return documented;
    }

    [Fact]
    public void Every_type_and_member_a_template_can_use_is_documented_and_every_documented_one_exists()
    {
        var model = ModelMembers();
        var documented = Documented();

        documented.Keys.ShouldBe(model.Keys, "the '### Type' sections of docs/theme.md");
        foreach (var (type, members) in model)
        {
            documented[type].ShouldBe(members, $"the members of {type} in docs/theme.md");
        }
    }

    [GeneratedRegex("^### `([A-Za-z]+)`")]
    private static partial Regex TypeHeading();

    [GeneratedRegex("^\\| `([a-z_0-9]+)` \\|")]
    private static partial Regex MemberRow();
}
