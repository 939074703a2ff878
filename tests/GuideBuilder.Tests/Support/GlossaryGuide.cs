namespace GuideBuilder.Tests.Support;

/// <summary>
/// The mini guide with a glossary: three concepts in English, one of them translated into French
/// (the others fall back to English), and terms marked in both languages' alpha module.
/// </summary>
public static class GlossaryGuide
{
    public const string English = """
        # The guide's glossary.
        social-protection:
          term: social protection
          definition: |
            Policies that *reduce* poverty and vulnerability; see [beta](02-beta.md).

        portability:
          term: portability
          plural: [portabilities]
          definition: Keeping acquired rights when moving to another country.

        totalization:
          term: totalisation
          definition: Adding up periods of insurance completed in different countries.
        """ + "\n";

    public const string French = """
        social-protection:
          term: protection sociale
          definition: |
            Les politiques qui *réduisent* la pauvreté et la vulnérabilité.
        """ + "\n";

    public static TempGuide Create()
    {
        var guide = new TempGuide();
        guide.Write("en/glossary.yml", English).Write("fr/glossary.yml", French);
        guide.Replace("en/01-alpha.md", "Migrants face gaps in social protection.",
            "Migrants face gaps in [social protection](term:social-protection) and [portability](term:portability).\n\n"
            + "Again [Social protection](term:social-protection), plainly.");
        guide.Replace("fr/01-alpha.md", "Les migrants ont des lacunes de protection.",
            "Les migrants ont des lacunes de [protection sociale](term:social-protection) et de [portabilité](term:portability).");
        return guide;
    }
}
