using GuideBuilder.Model.Addresses;
using Markdig.Syntax.Inlines;

namespace GuideBuilder.Markdown;

/// <summary>What a <c>[](ref:id)</c> link resolved to: its label in the reader's language, its target, and how print names the target's page.</summary>
public sealed record CrossReference(string Label, PageAddress Target, string PageFormat)
{
    public static CrossReference? Of(LinkInline link) => link.GetData(typeof(CrossReference)) as CrossReference;
}
