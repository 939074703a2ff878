using GuideBuilder.Model.Addresses;

namespace GuideBuilder.Model;

/// <summary>One place an index entry is marked: the link to the mark's own anchor, and the module and section it is in ("Module 3 · Portability").</summary>
public sealed record IndexLocator(PageAddress Link, string Label)
{
    public string PageId => Link.PageId!;

    public string Anchor => Link.Fragment!;
}
