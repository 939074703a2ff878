using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace GuideBuilder.Targets.Pdf;

/// <summary>
/// Repairs two faults in the tag tree Chromium writes, so that a screen reader and a checker
/// read it as the PDF 1.x file it is:
/// Chromium tags &lt;strong&gt;, &lt;em&gt; and &lt;aside&gt; with structure types that only PDF 2.0
/// defines, so a role map gives each the PDF 1.7 type it stands for; and it tags every
/// &lt;figure&gt; as a Figure, also one that only groups a quotation or an image with its caption,
/// which leaves a Figure without alternative text (the image inside has its own). Such a
/// grouping figure becomes a Div: its content is read as it is, and only images are Figures.
/// </summary>
public static class StructureTags
{
    /// <summary>The structure types PDF 2.0 added, each mapped to the PDF 1.7 type that carries its meaning.</summary>
    private static readonly (string Type, string Standard)[] Pdf20Types =
    [
        ("/Strong", "/Span"), ("/Em", "/Span"), ("/Sub", "/Span"), ("/Aside", "/Div"),
        ("/DocumentFragment", "/Div"), ("/Title", "/P"), ("/FENote", "/Note"),
    ];

    public static void Repair(PdfDocument document)
    {
        if (document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot") is not { } root)
        {
            return;
        }

        AddRoleMap(document, root);
        foreach (var element in Elements(root))
        {
            if (element.Elements.GetName("/S") == "/Figure" && !HasText(element, "/Alt") && !HasText(element, "/ActualText") && HasStructureKids(element))
            {
                element.Elements.SetName("/S", "/Div");
            }
        }
    }

    private static void AddRoleMap(PdfDocument document, PdfDictionary root)
    {
        var map = root.Elements.GetDictionary("/RoleMap");
        if (map is null)
        {
            map = new PdfDictionary(document);
            root.Elements["/RoleMap"] = map;
        }

        foreach (var (type, standard) in Pdf20Types)
        {
            if (!map.Elements.ContainsKey(type))
            {
                map.Elements.SetName(type, standard);
            }
        }
    }

    private static bool HasText(PdfDictionary element, string key) => element.Elements.GetString(key).Trim().Length > 0;

    private static bool HasStructureKids(PdfDictionary element) =>
        Kids(element.Elements["/K"]).Any(kid => kid.Elements.ContainsKey("/S"));

    /// <summary>Every structure element below the root, each once.</summary>
    private static IEnumerable<PdfDictionary> Elements(PdfDictionary root)
    {
        var seen = new HashSet<PdfDictionary>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<PdfDictionary>(Kids(root.Elements["/K"]));
        while (pending.TryPop(out var element))
        {
            if (!element.Elements.ContainsKey("/S") || !seen.Add(element))
            {
                continue;
            }

            yield return element;
            foreach (var kid in Kids(element.Elements["/K"]))
            {
                pending.Push(kid);
            }
        }
    }

    /// <summary>The dictionaries among the kids of a structure element (marked-content ids are numbers, and are left out).</summary>
    private static IEnumerable<PdfDictionary> Kids(PdfItem? kids)
    {
        var items = Resolve(kids) is PdfArray array ? array.Elements.Select(Resolve) : [Resolve(kids)];
        return items.OfType<PdfDictionary>();
    }

    private static PdfItem? Resolve(PdfItem? item) => item is PdfReference reference ? reference.Value : item;
}
