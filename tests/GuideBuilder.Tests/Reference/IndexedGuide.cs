using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Reference;

/// <summary>The mini guide with index marks in every language and cross-references between its modules.</summary>
internal static class IndexedGuide
{
    public static TempGuide Create()
    {
        var guide = new TempGuide();
        guide.Replace("en/00-intro.md", "Read [the first module]", "{^ Training sessions}Read {^ Portability > of pensions}[the first module]")
            .Replace("en/01-alpha.md", "Migrants face gaps", "{^ Migrant workers > gaps in coverage}{^ Totalization | see: Aggregation}Migrants face gaps")
            .Replace("en/01-alpha.md", "Migrant workers in irregular", "{^ Émigration | sort: Emigration}{^ Aggregation | see also: Portability}Migrant workers in irregular")
            .Replace("en/01-alpha.md", "::: good-practice Philippines: a fund", "::: good-practice Philippines: a fund {#box-fund}")
            .Replace("en/01-alpha.md", "^^^\n![Bar chart", "{#fig-chart}\n\n^^^\n![Bar chart")
            .Replace("en/02-beta.md", "Standards matter.", "{^ Portability > of pensions}{^ Standards}Standards matter. See [](ref:fig-chart), [the chart](ref:fig-chart), [](ref:box-fund), [](ref:alpha), [](ref:left-out) and [](ref:exercise-map-gaps).")
            .Replace("fr/00-intro.md", "Lisez", "{^ Zone}{^ Égalité}{^ Emploi}{^ Droit}{^ Étrangers | see: Droit}{^ Le travail | sort: travail}Lisez")
            .Replace("fr/01-alpha.md", "^^^\n![Graphique", "::: good-practice Philippines : un fonds {#box-fund}\nTexte.\n:::\n\n{#fig-chart}\n\n^^^\n![Graphique")
            .Replace("fr/01-alpha.md", "Les travailleurs migrants.", "Les travailleurs migrants. Voir [](ref:left-out) et [](ref:the-standards).")
            .Replace("es/00-intro.md", "Lea", "{^ Obra}{^ Ñandú}{^ Nación}{^ Zona | see also: Zonas}Lea");
        return guide;
    }
}
