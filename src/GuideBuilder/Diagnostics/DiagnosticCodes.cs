namespace GuideBuilder.Diagnostics;

/// <summary>
/// Every diagnostic code the build can report. Codes are stable: editors search for them and
/// CI scripts may filter on them. docs/diagnostics.md explains each one.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>The command line names something the guide does not have (exit code 2).</summary>
    public const string Usage = "GB000";
    public const string YamlSyntax = "GB001";
    public const string MissingField = "GB002";
    public const string UnknownKey = "GB003";
    public const string WrongType = "GB004";
    public const string DuplicateId = "GB005";
    public const string DuplicateModuleNumber = "GB006";
    public const string UnknownTab = "GB007";
    public const string LanguageFolderMissing = "GB008";
    public const string EmptyFile = "GB009";
    public const string NotUtf8 = "GB010";
    public const string BrokenLink = "GB011";
    public const string BrokenAnchor = "GB012";
    public const string MissingMedia = "GB013";
    public const string PathEscapesContent = "GB014";
    public const string UnknownBox = "GB015";
    public const string MissingAltText = "GB016";
    public const string RawHtml = "GB017";
    public const string MissingUiString = "GB018";
    public const string BadLanguage = "GB019";
    public const string NoFrontMatter = "GB020";
    public const string InvalidValue = "GB021";
    public const string TranslationMismatch = "GB022";
    public const string OrphanTranslation = "GB023";
    public const string LowContrast = "GB024";
    public const string ThemeError = "GB025";
    public const string BrowserMissing = "GB026";
    public const string PdfFailed = "GB027";
    public const string OutputNotWritable = "GB028";

    /// <summary>A symbolic link (or junction) takes a path named by the content out of the content folder.</summary>
    public const string LinkLeavesContent = "GB035";

    /// <summary>--out names a folder that GuideBuilder must not replace: the content, the theme, /, home, or a folder it did not create (exit code 2).</summary>
    public const string UnsafeOutputFolder = "GB036";

    /// <summary>Another build is writing into the same output folder and did not finish in time.</summary>
    public const string OutputBusy = "GB037";
    public const string UnclosedBox = "GB050";
    public const string TextCutByComment = "GB051";
    public const string ScaffoldPlaceholder = "GB052";
    /// <summary>A theme template does not parse.</summary>
    public const string TemplateSyntax = "GB030";

    /// <summary>A theme template names a variable, member or partial that does not exist, or fails while rendering.</summary>
    public const string TemplateRender = "GB031";

    /// <summary>The theme named in guide.yml cannot be used (missing, not a theme, or outside the guide's folder).</summary>
    public const string ThemeNotFound = "GB032";
    public const string UnreadableFile = "GB040";
    public const string PreviewBuildCrashed = "GB041";
    /// <summary>A control character, noncharacter or lone surrogate in a content file or made by an escape.</summary>
    public const string InvisibleCharacter = "GB045";

    /// <summary>A module or media file name that Windows, a FAT USB stick or the CD-ROM image cannot hold.</summary>
    public const string NonPortableFileName = "GB046";

    /// <summary>No xorriso, so the E-box's CD-ROM image was not made (warning).</summary>
    public const string XorrisoMissing = "GB095";

    /// <summary>xorriso failed to make the E-box's CD-ROM image.</summary>
    public const string IsoFailed = "GB096";

    /// <summary>An E-box name longer than the CD-ROM image keeps (64), or an E-box path longer than 150 characters (warning).</summary>
    public const string EboxPathTooLong = "GB097";

    /// <summary>Two E-box names that differ only in case.</summary>
    public const string EboxNamesDifferInCase = "GB098";

    /// <summary>An E-box name Windows cannot hold: a reserved device name (CON, NUL, COM1...), a trailing dot or space, a forbidden character.</summary>
    public const string EboxNameNotPortable = "GB099";

    /// <summary>guide translations import: a file that is not XLIFF 2 as exported (not XML, a DTD, another version, no languages or module), or for other languages.</summary>
    public const string XliffNotXliff2 = "GB083";

    /// <summary>guide translations import: a target drops, adds or repeats an inline code of its source, or changes its kind.</summary>
    public const string XliffCodeMismatch = "GB084";

    /// <summary>guide translations import: a target moves an inline code where Markdown cannot have it (a link in a link, a link without text).</summary>
    public const string XliffCodeMisplaced = "GB085";

    /// <summary>guide translations import: a unit or module that no longer exists in the source.</summary>
    public const string XliffUnknownUnit = "GB086";

    /// <summary>guide translations import: a unit without a translation (allowed with --partial).</summary>
    public const string XliffEmptyTarget = "GB087";

    /// <summary>guide translations import: the source changed since the export; the changed units are imported for review (warning).</summary>
    public const string XliffSourceChanged = "GB088";

    /// <summary>guide translations import: the same unit, or the same module and language, given twice.</summary>
    public const string XliffDuplicate = "GB089";
    /// <summary>The EPUBs were built without the PDF textbooks, so they have no page list of the printed pages (warning).</summary>
    public const string EpubWithoutPageList = "GB080";
    /// <summary>A duration (an exercise's or a module's teaching time) that is not a number of minutes or hours.</summary>
    public const string InvalidDuration = "GB090";

    /// <summary>A translation gives an exercise or a module another duration than its source (warning).</summary>
    public const string DurationMismatch = "GB091";

    /// <summary><c>guide agenda --modules</c> names a module the guide does not have, or the days are out of range.</summary>
    public const string AgendaSelection = "GB092";

    /// <summary>A handout that cannot go into the handout pack (not a PDF PDFsharp can read).</summary>
    public const string HandoutUnreadable = "GB093";
    /// <summary>A term mark ([text](term:id)) names no concept of the glossary, or has no text.</summary>
    public const string UnknownTerm = "GB070";

    /// <summary>An entry of a glossary.yml has an id that is not a concept id, or is not a mapping.</summary>
    public const string BadGlossaryEntry = "GB071";

    /// <summary>A translation's glossary has a concept the source language's glossary lacks: it is not published.</summary>
    public const string OrphanGlossaryEntry = "GB072";

    /// <summary>A module marks a term but the source language has no glossary.yml.</summary>
    public const string NoGlossary = "GB073";

    /// <summary>A module's slug is the glossary page's folder.</summary>
    public const string GlossarySlugTaken = "GB074";
    /// <summary>An index mark ({^ ...}) that cannot be read: no term, an empty part, an unknown key, or two levels of sub-entry.</summary>
    public const string IndexMarkInvalid = "GB075";

    /// <summary>Two figures, tables or boxes (or one and a module, section or exercise) of one language share an id.</summary>
    public const string DuplicateReferenceId = "GB076";

    /// <summary>A cross-reference [](ref:id) names an id that nothing in the language edition has.</summary>
    public const string UnknownReference = "GB077";

    /// <summary>A cross-reference names a section id that several modules have.</summary>
    public const string AmbiguousReference = "GB078";

    /// <summary>An index mark's "see" or "see also" names a term that no mark puts in the index (warning).</summary>
    public const string IndexSeeUnknown = "GB079";
}
